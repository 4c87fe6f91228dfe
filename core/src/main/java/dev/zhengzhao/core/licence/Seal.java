package dev.zhengzhao.core.licence;

import java.time.Instant;

/**
 * The signature metadata of GB/T 36903: who signed (签章人 ZZQZR), the seal's name (签章名称 ZZQZMC)
 * and when (签章时间 ZZQZSJ).
 */
public record Seal(String signerName, String sealName, Instant sealedAt) {}
