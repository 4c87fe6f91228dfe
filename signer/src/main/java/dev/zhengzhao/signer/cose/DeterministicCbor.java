package dev.zhengzhao.signer.cose;

import com.upokecenter.cbor.CBORObject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 8949 §4.2.1 core deterministic encoding for the small subset this format uses (integers,
 * byte and text strings, arrays, maps). The CBOR library already writes shortest-form integers and
 * definite lengths; what it does not do is order map keys by the bytewise order of their encodings,
 * so maps are built here, in that order, as insertion-ordered maps.
 */
public final class DeterministicCbor {
    private DeterministicCbor() {}

    /** A map whose entries are written in RFC 8949 deterministic key order. */
    public static CBORObject map(Map<CBORObject, CBORObject> entries) {
        List<Map.Entry<CBORObject, CBORObject>> sorted = entries.entrySet().stream()
                .sorted((a, b) -> Arrays.compareUnsigned(
                        a.getKey().EncodeToBytes(), b.getKey().EncodeToBytes()))
                .toList();
        CBORObject map = CBORObject.NewOrderedMap();
        for (Map.Entry<CBORObject, CBORObject> e : sorted) {
            map.Add(e.getKey(), e.getValue());
        }
        return map;
    }

    /** A deterministic map of text keys to text values, e.g. the type-specific fields. */
    public static CBORObject textMap(Map<String, String> values) {
        Map<CBORObject, CBORObject> entries = new LinkedHashMap<>();
        values.forEach((k, v) -> entries.put(CBORObject.FromObject(k), CBORObject.FromObject(v)));
        return map(entries);
    }
}
