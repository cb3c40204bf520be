package nl.aanbodwijzer.matching;

import java.time.Instant;

/** What the ledger answers for a gap it kept: its id, when it was first and last recorded, and how often. */
public record GapReceipt(long id, Instant recordedAt, Instant updatedAt, int timesMatched) {}
