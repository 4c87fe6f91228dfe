package dev.zhengzhao.verifierapi.verification;

/**
 * How personal data is shown to the public: enough to recognise, not enough to collect.
 * 张三丰 → 张**; 广州市示例餐饮管理有限公司 → 广州市示*******有限公司; 11010519491231002X → 1101**********002X.
 */
final class Masking {
    private Masking() {}

    static String name(String name, boolean organisation) {
        if (name == null || name.length() < 2) {
            return "*";
        }
        if (!organisation) {
            return name.charAt(0) + "*".repeat(name.length() - 1);
        }
        int keepStart = Math.min(5, name.length() / 3);
        int keepEnd = Math.min(4, name.length() / 3);
        return name.substring(0, keepStart)
                + "*".repeat(name.length() - keepStart - keepEnd)
                + name.substring(name.length() - keepEnd);
    }

    static String code(String code) {
        if (code == null || code.length() < 8) {
            return "****";
        }
        return code.substring(0, 4) + "*".repeat(code.length() - 8) + code.substring(code.length() - 4);
    }
}
