package org.storyloom.web.view;

/** A friendly error page: never a stack trace. */
public record ErrorView(int status, String title, String message) {}
