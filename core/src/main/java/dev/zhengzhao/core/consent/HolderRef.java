package dev.zhengzhao.core.consent;

/** A signed-in holder, as the identity provider vouched for them. */
public record HolderRef(String idType, String id, String name) {}
