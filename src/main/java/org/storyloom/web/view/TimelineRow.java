package org.storyloom.web.view;

/** One dated event of a story's timeline: the date as precisely as the sources give it, and the cited sentence. */
public record TimelineRow(String date, String isoDate, CitedRow event) {}
