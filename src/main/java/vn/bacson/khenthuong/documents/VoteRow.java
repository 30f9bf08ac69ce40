package vn.bacson.khenthuong.documents;

/** A nominee's line of the council minutes: votes for and whether the council's rule passed them. */
public record VoteRow(AwardeeRow nominee, int votesFor, boolean passed) {}
