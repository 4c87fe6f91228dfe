package dev.zhengzhao.core.licence;

/** Who may hold a licence of a type: a natural person (自然人) or a legal person or organisation (法人). */
public enum HolderKind {
    NATURAL_PERSON,
    LEGAL_PERSON
}
