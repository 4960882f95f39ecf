package dev.ingest.csv.profile;

/** How to read an all-numeric date such as {@code 03/04/2024}: month first (US) or day first (Europe). */
public enum DateOrder {
    US,
    EU
}
