package org.storyloom.summary;

import java.time.Instant;
import java.util.List;
import org.storyloom.nlp.Nlp;

/** A small story written for these tests: three outlets report one harbour fire, a fourth adds news later. */
final class StoryTexts {

    static final StorySentences SENTENCES = new StorySentences(Nlp.load());

    static final SourceArticle HERALD = new SourceArticle(
            "herald-1",
            "Fire destroys warehouse at Northport harbour",
            """
            A fire destroyed a grain warehouse at Northport harbour on Tuesday night, forcing the evacuation of 200 \
            nearby homes. Firefighters battled the blaze for six hours before bringing it under control early on \
            Wednesday. No one was injured, the Northport fire service said. Scroll down for video. The warehouse, \
            built in 1962, stored about 4,000 tonnes of wheat awaiting export. Harbour master Jane Okafor said ships \
            would be diverted to the southern berths while engineers inspect the quay. Residents were allowed to \
            return home on Wednesday morning. The cause of the fire is not yet known. Police said they were keeping \
            an open mind.""",
            Instant.parse("2026-03-04T07:00:00Z"),
            "Northport Herald");

    static final SourceArticle GAZETTE = new SourceArticle(
            "gazette-7",
            "Northport grain store burns, homes evacuated",
            """
            A grain warehouse at Northport harbour burned down on Tuesday night and 200 homes nearby were evacuated. \
            It took firefighters six hours to bring the blaze under control. The building held about 4,000 tonnes of \
            wheat. Local councillor Amir Haddad called for a review of fire safety at the port. "We were lucky this \
            time," he said. Ships are being diverted to the southern berths, the harbour authority said.""",
            Instant.parse("2026-03-04T09:30:00Z"),
            "Coast Gazette");

    static final SourceArticle WIRE = new SourceArticle(
            "wire-3", "Blaze at Northport harbour warehouse", """
            NORTHPORT (Reuters) - A fire destroyed a warehouse at Northport harbour on Tuesday night, and about 200 \
            homes were evacuated as a precaution. Nobody was hurt, according to the fire service. The port, the \
            region's largest, handles a third of its grain exports. Wheat prices rose 2 percent on Wednesday on \
            worries about delays.""", Instant.parse("2026-03-04T11:00:00Z"), "Wire");

    static final SourceArticle LATER = new SourceArticle(
            "herald-2",
            "Northport fire: investigators blame faulty wiring",
            """
            A grain warehouse at Northport harbour was destroyed by fire on Tuesday night. Investigators said on \
            Friday that faulty wiring in a conveyor motor started the fire. The port operator promised to inspect \
            every conveyor at the harbour within a month. Insurers put the damage at 12 million euros.""",
            Instant.parse("2026-03-06T16:00:00Z"),
            "Northport Herald");

    private StoryTexts() {}

    static List<SourceArticle> firstDay() {
        return List.of(HERALD, GAZETTE, WIRE);
    }
}
