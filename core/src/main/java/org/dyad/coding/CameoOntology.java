package org.dyad.coding;

import org.dyad.util.DataFile;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The CAMEO event codes from {@code dyad/cameo/cameo-codes.tsv}. Immutable, shared. */
public final class CameoOntology {

    /** One CAMEO code with its facts. */
    public record Code(String code, String name, Double goldstein, int quadClass, String root, int level,
                       String plover, String ploverMode, String ploverContext) {
    }

    private final Map<String, Code> codes;

    private CameoOntology(Map<String, Code> codes) {
        this.codes = Collections.unmodifiableMap(codes);
    }

    private static volatile CameoOntology standard;

    /** The ontology shipped with dyad. */
    public static CameoOntology standard() {
        if (standard == null) {
            synchronized (CameoOntology.class) {
                if (standard == null) standard = load(DataFile.resource("dyad/cameo/cameo-codes.tsv"));
            }
        }
        return standard;
    }

    static CameoOntology load(DataFile file) {
        Map<String, Code> m = new LinkedHashMap<>();
        for (DataFile.Row r : file.rows()) {
            String code = r.get("code");
            String g = r.get("goldstein");
            String plover = r.get("plover2021_event");
            Code c = new Code(code, r.get("name"), g.isEmpty() ? null : Double.valueOf(g),
                    Integer.parseInt(r.get("quad_class")), r.get("root"), Integer.parseInt(r.get("level")),
                    plover.isEmpty() ? null : plover, emptyToNull(r.get("plover2021_mode")),
                    emptyToNull(r.get("plover2021_context")));
            if (m.put(code, c) != null) throw r.error("duplicate code " + code);
        }
        // a root's PLOVER category is its "not specified" X0 code's
        for (Code c : m.values().toArray(new Code[0])) {
            if (c.level() == 1 && c.plover() == null) {
                Code x0 = m.get(c.code() + "0");
                if (x0 != null) m.put(c.code(), new Code(c.code(), c.name(), c.goldstein(), c.quadClass(), c.root(),
                        c.level(), x0.plover(), x0.ploverMode(), x0.ploverContext()));
            }
        }
        return new CameoOntology(m);
    }

    private static String emptyToNull(String s) { return s == null || s.isEmpty() ? null : s; }

    public Code find(String code) { return codes.get(code); }

    public Code expect(String code) {
        Code c = codes.get(code);
        if (c == null) throw new IllegalArgumentException("unknown CAMEO code '" + code + "'");
        return c;
    }

    public boolean contains(String code) { return codes.containsKey(code); }

    public Collection<Code> all() { return codes.values(); }
}
