package org.storyloom.web.view;

/**
 * A moment as a page shows it: {@code iso} for the {@code datetime} attribute, {@code relative} for the reader
 * ("3 hours ago"), {@code full} for a tooltip.
 */
public record TimeView(String iso, String relative, String full) {}
