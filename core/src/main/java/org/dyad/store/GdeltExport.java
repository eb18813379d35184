package org.dyad.store;

import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.util.DataFile;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One cluster as a row of the GDELT 2.0 event table: 61 tab-separated columns in GDELT's order, no
 * header, dates as GDELT writes them ({@code Day} YYYYMMDD, {@code MonthYear} YYYYMM, {@code Year},
 * {@code FractionDate} YYYY.FFFF with FFFF = ((month−1)·30 + day)/365, {@code DATEADDED}
 * YYYYMMDDHHMMSS). Fields dyad cannot fill are left empty; {@code docs/store.md} lists them.
 */
public final class GdeltExport {
    /** The 61 column names, in order (for {@code --header} and the tests). */
    public static final List<String> COLUMNS = List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
            "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code",
            "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
            "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
            "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

    private final PrintWriter out;
    private final Map<String, String> countryNames;

    public GdeltExport(PrintWriter out, boolean header) {
        this.out = out;
        this.countryNames = countryNames();
        if (header) out.println(String.join("\t", COLUMNS));
    }

    static Map<String, String> countryNames() {
        Map<String, String> m = new HashMap<>();
        String path = "dyad/actors/countries.tsv";
        if (!DataFile.exists(path)) return m;
        for (DataFile.Row r : DataFile.resource(path).rows()) m.put(r.get("iso3"), r.get("name"));
        return m;
    }

    public void row(Queries.ClusterRow c) {
        out.println(String.join("\t", cells(c)));
    }

    String[] cells(Queries.ClusterRow c) {
        Event e = c.event();
        String[] v = new String[61];
        java.util.Arrays.fill(v, "");
        v[0] = Long.toString(c.globalEventId());
        LocalDate d = c.day();
        if (d != null) {
            v[1] = String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            v[2] = String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue());
            v[3] = Integer.toString(d.getYear());
            v[4] = fractionDate(d);
        }
        actor(e.source(), v, 5);
        actor(e.target(), v, 15);
        v[25] = c.isRoot() ? "1" : "0";
        v[26] = e.cameo();
        v[27] = e.cameo().length() > 3 ? e.cameo().substring(0, 3) : e.cameo();
        v[28] = e.root();
        v[29] = Integer.toString(e.quadClass());
        v[30] = e.goldstein() == null ? "" : Double.toString(e.goldstein());
        v[31] = Integer.toString(c.numMentions());
        v[32] = Integer.toString(c.numSources());
        v[33] = Integer.toString(c.numArticles());
        // 34 AvgTone: dyad computes no tone
        v[35] = "0"; // Actor1Geo_Type: no actor geography
        v[43] = "0"; // Actor2Geo_Type
        Location l = e.location();
        if (l == null) {
            v[51] = "0";
        } else {
            boolean us = "USA".equals(l.country());
            String kind = c.locationKind();
            v[51] = "country".equals(kind) ? "1" : "region".equals(kind) ? (us ? "2" : "5") : (us ? "3" : "4");
            String cn = l.country() == null ? null : countryNames.getOrDefault(l.country(), l.country());
            v[52] = clean("country".equals(kind) || l.name() == null ? (cn == null ? l.name() : cn)
                    : cn == null ? l.name() : l.name() + ", " + cn);
            // 53 ActionGeo_CountryCode is FIPS 10-4 in GDELT; dyad has ISO codes only, so it stays empty
            v[56] = Double.toString(l.lat());
            v[57] = Double.toString(l.lon());
        }
        v[59] = c.dateAdded() == null ? "" : c.dateAdded();
        v[60] = clean(c.url() != null && !c.url().isBlank() ? c.url() : e.articleId());
        return v;
    }

    private static void actor(ActorRef a, String[] v, int at) {
        if (a == null) return;
        v[at] = clean(a.code());
        v[at + 1] = clean(a.text() == null ? "" : a.text().toUpperCase(Locale.ROOT));
        v[at + 2] = clean(a.country());
        v[at + 7] = clean(a.role());
        // an ethnic group or religious community's code follows country and role ("IRQUAFMOSSHI", "LKACVLtam")
        String code = a.code() == null ? "" : a.code();
        int skip = (a.country() == null ? 0 : a.country().length()) + (a.role() == null ? 0 : a.role().length());
        if (code.startsWith((a.country() == null ? "" : a.country()) + (a.role() == null ? "" : a.role())) && code.length() > skip) {
            String rest = code.substring(skip);
            if (rest.chars().allMatch(Character::isLowerCase)) v[at + 4] = rest;
            else if (org.dyad.actors.ActorDictionary.standard().isReligionCode(rest)) v[at + 5] = rest;
        }
    }

    /** GDELT's FractionDate: year + ((month − 1) × 30 + day) / 365, four decimals. */
    public static String fractionDate(LocalDate d) {
        double f = d.getYear() + ((d.getMonthValue() - 1) * 30 + d.getDayOfMonth()) / 365.0;
        return String.format(Locale.ROOT, "%.4f", f);
    }

    static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
