package dev.zhengzhao.core.licence;

/** The value type of a type-specific field; values travel as text and are checked against this. */
public enum FieldType {
    /** Free text (maxLength and pattern apply). */
    TEXT,
    /** An ISO-8601 calendar date, yyyy-MM-dd. */
    DATE,
    /** A whole number. */
    INTEGER,
    /** A decimal number such as 1234.50. */
    DECIMAL,
    /** One of the field's allowed values. */
    ENUM
}
