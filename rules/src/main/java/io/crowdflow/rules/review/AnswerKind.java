package io.crowdflow.rules.review;

/** What kind of answer a task asks for; it decides what "identical answers" mean. */
public enum AnswerKind {
    /** One label out of a set (classification, yes/no): identical answers are agreement. */
    LABEL,
    /** Free text (translation, transcription, description): identical long answers are suspicious. */
    FREE_TEXT
}
