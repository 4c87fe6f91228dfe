package dev.zhengzhao.crosscert.trustlist;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import dev.zhengzhao.crosscert.pki.Providers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The JSON content of a trust list (docs/trust.md, "Trust list format"), both ways. */
public final class TrustListJson {
    static final String FORMAT = "zz-trust-list";
    static final int FORMAT_VERSION = 1;

    private TrustListJson() {}

    public static byte[] write(TrustList list) {
        CBORObject root = CBORObject.NewOrderedMap();
        root.Add("format", FORMAT);
        root.Add("formatVersion", FORMAT_VERSION);
        root.Add("scope", list.scope());
        root.Add("sequence", list.sequence());
        root.Add("issuedAt", list.issuedAt().toString());
        root.Add("nextUpdate", list.nextUpdate().toString());
        CBORObject anchors = CBORObject.NewArray();
        for (TrustList.AnchorEntry a : list.anchors()) {
            anchors.Add(entry(a.jurisdiction(), a.certificate()).Add("policies", strings(a.policies())));
        }
        root.Add("anchors", anchors);
        CBORObject cas = CBORObject.NewArray();
        list.issuingCas().forEach(c -> cas.Add(entry(c.jurisdiction(), c.certificate())));
        root.Add("issuingCas", cas);
        CBORObject signers = CBORObject.NewArray();
        for (TrustList.SignerEntry s : list.signers()) {
            signers.Add(entry(s.jurisdiction(), s.certificate()).Add("licenceTypes", strings(s.licenceTypes())));
        }
        root.Add("signers", signers);
        CBORObject equivalences = CBORObject.NewArray();
        for (TrustList.TypeEquivalence e : list.equivalences()) {
            CBORObject codes = CBORObject.NewOrderedMap();
            new java.util.TreeMap<>(e.codes()).forEach(codes::Add);
            equivalences.Add(CBORObject.NewOrderedMap().Add("name", e.name()).Add("codes", codes));
        }
        root.Add("typeEquivalences", equivalences);
        return root.ToJSONString().getBytes(StandardCharsets.UTF_8);
    }

    /** @throws IllegalArgumentException when the bytes are not a trust list of a known format version */
    public static TrustList read(byte[] json) {
        CBORObject root = CBORObject.FromJSONString(new String(json, StandardCharsets.UTF_8));
        if (!FORMAT.equals(text(root, "format")) || root.get("formatVersion").AsInt32Value() != FORMAT_VERSION) {
            throw new IllegalArgumentException("not a " + FORMAT + " version " + FORMAT_VERSION + " document");
        }
        List<TrustList.AnchorEntry> anchors = new ArrayList<>();
        for (CBORObject a : array(root, "anchors")) {
            anchors.add(new TrustList.AnchorEntry(text(a, "jurisdiction"), certificate(a), set(a, "policies")));
        }
        List<TrustList.CaEntry> cas = new ArrayList<>();
        for (CBORObject c : array(root, "issuingCas")) {
            cas.add(new TrustList.CaEntry(text(c, "jurisdiction"), certificate(c)));
        }
        List<TrustList.SignerEntry> signers = new ArrayList<>();
        for (CBORObject s : array(root, "signers")) {
            signers.add(new TrustList.SignerEntry(text(s, "jurisdiction"), certificate(s), set(s, "licenceTypes")));
        }
        List<TrustList.TypeEquivalence> equivalences = new ArrayList<>();
        for (CBORObject e : array(root, "typeEquivalences")) {
            Map<String, String> codes = new LinkedHashMap<>();
            CBORObject map = e.get("codes");
            for (CBORObject k : map.getKeys()) {
                codes.put(k.AsString(), map.get(k).AsString());
            }
            equivalences.add(new TrustList.TypeEquivalence(text(e, "name"), codes));
        }
        return new TrustList(
                text(root, "scope"),
                root.get("sequence").AsInt64Value(),
                Instant.parse(text(root, "issuedAt")),
                Instant.parse(text(root, "nextUpdate")),
                anchors,
                cas,
                signers,
                equivalences);
    }

    private static CBORObject entry(String jurisdiction, X509Certificate certificate) {
        try {
            return CBORObject.NewOrderedMap()
                    .Add("jurisdiction", jurisdiction)
                    .Add("certificate", Base64.getEncoder().encodeToString(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot encode a certificate", e);
        }
    }

    private static CBORObject strings(Set<String> values) {
        CBORObject array = CBORObject.NewArray();
        new TreeSet<>(values).forEach(array::Add);
        return array;
    }

    private static String text(CBORObject o, String key) {
        CBORObject v = o.get(key);
        if (v == null || v.getType() != CBORType.TextString) {
            throw new IllegalArgumentException("missing text field " + key);
        }
        return v.AsString();
    }

    private static java.util.Collection<CBORObject> array(CBORObject o, String key) {
        CBORObject v = o.get(key);
        if (v == null || v.getType() != CBORType.Array) {
            throw new IllegalArgumentException("missing array field " + key);
        }
        return v.getValues();
    }

    private static Set<String> set(CBORObject o, String key) {
        Set<String> out = new TreeSet<>();
        array(o, key).forEach(v -> out.add(v.AsString()));
        return out;
    }

    private static X509Certificate certificate(CBORObject o) {
        try {
            byte[] der = Base64.getDecoder().decode(text(o, "certificate"));
            return (X509Certificate) CertificateFactory.getInstance("X.509", Providers.bc())
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("a certificate in the list cannot be read", e);
        }
    }
}
