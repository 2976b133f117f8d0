package org.storyloom.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One hand-written case per rule of the entity finder. */
class EntitiesTest {

    private static final Entities ENTITIES = new Entities(Nlp.load());

    private static List<Entity> find(String text) {
        return ENTITIES.find("", text);
    }

    private static Optional<Entity> named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private static Optional<EntityType> typeOf(List<Entity> entities, String name) {
        return named(entities, name).map(Entity::type);
    }

    @Test
    void aTitleMakesAPersonAndTheDemonymBeforeItIsNoEntity() {
        List<Entity> e = find("Russian President Vladimir Putin met the delegation on Monday and thanked them for the"
                + " work they had done over the past year.");
        assertThat(typeOf(e, "Vladimir Putin")).contains(EntityType.PERSON);
        assertThat(e).extracting(Entity::name).doesNotContain("Russian", "Russian President Vladimir Putin");
    }

    @Test
    void aSurnameIsAnAliasOfTheFullNameMetInTheArticle() {
        List<Entity> e = find("Sergei Shoigu visited the border on Tuesday. Later Shoigu told reporters the troops"
                + " fought well.");
        Entity shoigu = named(e, "Sergei Shoigu").orElseThrow();
        assertThat(shoigu.type()).isEqualTo(EntityType.PERSON);
        assertThat(shoigu.aliases()).containsExactly("Sergei Shoigu", "Shoigu");
        assertThat(shoigu.key()).isEqualTo("person:sergeishoigu");
        assertThat(e).extracting(Entity::name).doesNotContain("Shoigu");
    }

    @Test
    void aGovernmentBodyKeepsItsPossessorAndThePossessorIsAPlace() {
        List<Entity> e = find("South Korea's Foreign Ministry said in a statement that it condemned the move.");
        assertThat(typeOf(e, "South Korea's Foreign Ministry")).contains(EntityType.ORGANIZATION);
        assertThat(typeOf(e, "South Korea")).contains(EntityType.PLACE);
    }

    @Test
    void theKremlinIsKeptApartFromRussia() {
        List<Entity> e = find("The Kremlin said Russia would respond.");
        assertThat(typeOf(e, "Kremlin")).contains(EntityType.ORGANIZATION);
        assertThat(typeOf(e, "Russia")).contains(EntityType.PLACE);
        assertThat(named(e, "Kremlin").orElseThrow().key())
                .isNotEqualTo(named(e, "Russia").orElseThrow().key());
    }

    @Test
    void anOrganisationWordJoinsItsOfPhrase() {
        List<Entity> e = find("He is secretary of the Security Council of the Russian Federation, officials said.");
        assertThat(typeOf(e, "Security Council of the Russian Federation")).contains(EntityType.ORGANIZATION);
        assertThat(e).extracting(Entity::name).doesNotContain("Russian Federation", "Russia");
    }

    @Test
    void anUnknownNameBeforeRegionIsAPlace() {
        List<Entity> e = find("Shelling hit villages in the Zolotarevka region overnight.");
        assertThat(typeOf(e, "Zolotarevka")).contains(EntityType.PLACE);
    }

    @Test
    void anAcronymIsAnAliasOfTheNameItAbbreviates() {
        List<Entity> e = find("The Central Election Commission published the results. The CEC said turnout was low.");
        Entity cec = named(e, "Central Election Commission").orElseThrow();
        assertThat(cec.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(cec.aliases()).contains("CEC");
    }

    @Test
    void anAppositionWithARoleMakesAPerson() {
        List<Entity> e = find("The plan was approved, said Olumide Bakare, a spokesman for the ministry.");
        assertThat(typeOf(e, "Olumide Bakare")).contains(EntityType.PERSON);
    }

    @Test
    void aRoleNounBeforeANameMakesAPerson() {
        List<Entity> e = find("Kremlin press secretary Dmitry Peskov dismissed the claims.");
        assertThat(typeOf(e, "Dmitry Peskov")).contains(EntityType.PERSON);
        assertThat(typeOf(e, "Kremlin")).contains(EntityType.ORGANIZATION);
    }

    @Test
    void anOrganisationNounBeforeANameMakesAnOrganisation() {
        List<Entity> e = find("The prison is run by controversial firm Brantwood, which denied the report.");
        assertThat(typeOf(e, "Brantwood")).contains(EntityType.ORGANIZATION);
    }

    @Test
    void demonymsEventsAndLoneCapitalisedWordsAreNoEntities() {
        List<Entity> e = find("Ukrainian forces watched the Champions League final. Democrats cheered in March.");
        assertThat(e).isEmpty();
    }

    @Test
    void aNameGluedToTheNextWordByExtractionIsDropped() {
        List<Entity> e = find("North Korean leader Kim Jong Un praised them. Kim Jong Unspoke of the alliance.");
        assertThat(e).extracting(Entity::name).contains("Kim Jong Un").doesNotContain("Kim Jong Unspoke");
    }

    @Test
    void keysMatchAcrossSpellings() {
        assertThat(EntityResolver.key(EntityType.PERSON, "Kim Jong-un"))
                .isEqualTo(EntityResolver.key(EntityType.PERSON, "Kim Jong Un"))
                .isEqualTo("person:kimjongun");
        assertThat(EntityResolver.key(EntityType.PLACE, "Zürich")).isEqualTo("place:zurich");
    }

    @Test
    void gazetteerNamesTakeTheirCanonicalForm() {
        List<Entity> e = find("Officials in the U.S. and Kiev said NATO would meet.");
        assertThat(typeOf(e, "United States")).contains(EntityType.PLACE);
        assertThat(named(e, "Kyiv").orElseThrow().aliases()).containsExactly("Kiev");
        assertThat(typeOf(e, "NATO")).contains(EntityType.ORGANIZATION);
    }

    @Test
    void salienceFollowsFrequencyPositionAndTitle() {
        List<Entity> e = ENTITIES.find(
                "Talks in Geneva",
                "Berlin hosted the first round. Officials met in Geneva. Geneva will host the second round.");
        assertThat(e.get(0).name()).isEqualTo("Geneva");
        assertThat(e.get(0).salience()).isEqualTo(1.0);
        assertThat(named(e, "Berlin").orElseThrow().salience()).isBetween(0.0, 0.5);
    }

    @Test
    void aTitleCaseHeadlineYieldsOnlyKnownNames() {
        List<Entity> e = find("North Korean Soldiers Praised by Russia for Fighting Ukraine");
        assertThat(e).extracting(Entity::name).containsOnly("Russia", "Ukraine");
    }

    @Test
    void textInAnotherLanguageHasNoEntities() {
        assertThat(find("Der Bundeskanzler hat am Montag in Berlin eine lange Rede vor dem Bundestag gehalten."))
                .isEmpty();
    }
}
