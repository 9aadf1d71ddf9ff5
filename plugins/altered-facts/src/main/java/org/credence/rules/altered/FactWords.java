package org.credence.rules.altered;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words by which a difference between two aligned sentences is known to be a difference of fact, grouped into
 * classes: two causes of harm differ when they share no class ("car bomb" and "chemical attack"), not when they
 * are two words for one thing ("blast" and "explosion"). General to news of violence, disasters and crime; no
 * names of people.
 */
final class FactWords {

    /** Causes of death or harm, by class; the key names the class. */
    private static final Map<String, List<String>> CAUSES = Map.of(
            "explosive", List.of("bomb", "bombs", "bomber", "bombers", "blast", "blasts", "explosion", "explosions",
                    "explosive", "explosives", "ied", "detonated", "detonation", "suicide", "booby-trapped", "landmine",
                    "mine", "mines"),
            "shelling", List.of("shell", "shells", "shelling", "shelled", "artillery", "mortar", "mortars", "rocket",
                    "rockets", "missile", "missiles", "cannon"),
            "air", List.of("airstrike", "airstrikes", "air", "warplane", "warplanes", "jet", "jets", "helicopter",
                    "helicopters", "drone", "drones", "aircraft", "bombardment", "raid", "raids"),
            "gunfire", List.of("shooting", "shootings", "shot", "shots", "gunfire", "gunmen", "gunman", "sniper",
                    "snipers", "gun", "guns", "rifle", "bullets", "shootout", "firing"),
            "chemical", List.of("chemical", "chemicals", "gas", "sarin", "chlorine", "nerve", "toxic", "poison",
                    "poisoning"),
            "violence", List.of("torture", "tortured", "execution", "executed", "beheaded", "stabbing", "stabbed",
                    "beaten", "massacre"),
            "deprivation", List.of("starvation", "hunger", "siege", "disease", "cold", "malnutrition"),
            "accident", List.of("crash", "crashed", "collapse", "collapsed", "fire", "flood", "floods", "drowned",
                    "drowning", "earthquake", "accident"));

    /** Who acted, by class: forces, armed groups and governments named by a common noun. */
    private static final Map<String, List<String>> ACTORS = Map.of(
            "armed forces", List.of("army", "military", "troops", "soldiers", "forces", "force", "regime"),
            "government", List.of("government", "authorities", "ministry", "officials", "police"),
            "armed group", List.of("rebels", "rebel", "militants", "militant", "insurgents", "insurgent",
                    "fighters", "gunmen", "terrorists", "terrorist", "jihadists", "jihadist", "militia", "militias",
                    "opposition", "extremists"),
            "coalition", List.of("coalition", "alliance"));

    /** Who was harmed, by class: civilians are not fighters, children are not soldiers. */
    private static final Map<String, List<String>> VICTIMS = Map.of(
            "civilians", List.of("civilian", "civilians", "residents", "people", "persons", "citizens", "villagers",
                    "passengers", "worshippers", "families", "family", "refugees", "evacuees", "displaced"),
            "children", List.of("children", "child", "kids", "babies", "schoolchildren", "students", "pupils",
                    "minors", "boys", "girls"),
            "women", List.of("women", "woman", "mothers"),
            "combatants", List.of("soldiers", "soldier", "officers", "officer", "troops", "fighters", "fighter",
                    "militants", "militant", "rebels", "rebel", "members", "commanders", "commander", "recruits",
                    "conscripts", "policemen", "guards", "personnel"),
            "workers", List.of("journalists", "journalist", "reporters", "doctors", "medics", "nurses", "paramedics",
                    "volunteers", "workers", "staff", "teachers"));

    /** Nouns that place what they follow or precede: "the town of X", "X province". */
    static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "province", "district", "region",
            "neighbourhood", "neighborhood", "area", "camp", "governorate", "countryside", "suburb", "capital",
            "border", "county", "street", "square", "base");
    /** Prepositions before a place. */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "at", "outside", "into", "across", "from",
            "around", "inside", "towards", "toward");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today");

    private static final Set<String> NATIONS = Set.of("american", "americans", "afghan", "afghans", "kurds", "us",
            "u.s.", "un", "nato", "russians", "syrians", "turks", "iranians");

    private static final Map<String, String> CAUSE_OF = invert(CAUSES);
    private static final Map<String, String> ACTOR_OF = invert(ACTORS);
    private static final Map<String, String> VICTIM_OF = invert(VICTIMS);

    private FactWords() {
    }

    private static Map<String, String> invert(Map<String, List<String>> classes) {
        Map<String, String> out = new HashMap<>();
        classes.forEach((cls, words) -> words.forEach(w -> out.put(w, cls)));
        return out;
    }

    /** @return the class of harm a word names, or null */
    static String causeClass(String lowerCaseWord) {
        return CAUSE_OF.get(lowerCaseWord);
    }

    /** @return the class of actor a common noun names, or null */
    static String actorClass(String lowerCaseWord) {
        return ACTOR_OF.get(lowerCaseWord);
    }

    /** @return the class of people harmed a word names, or null */
    static String victimClass(String lowerCaseWord) {
        return VICTIM_OF.get(lowerCaseWord);
    }

    /**
     * A word naming a people or country as an adjective or plural ("Russian", "Turkish", "Kurds", "Iraqi"): as a
     * qualifier of forces it names the actor.
     */
    static boolean isNationality(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("ian") || w.endsWith("ians") || w.endsWith("ish") || w.endsWith("ese")
                || w.endsWith("i") && w.length() > 4 || NATIONS.contains(w);
    }

    /** A word of a date: a month, a day of the week, a year, or a written date ("15-09-2013"). */
    static boolean isDateWord(String lowerCaseWord) {
        if (MONTHS.contains(lowerCaseWord) || DAYS.contains(lowerCaseWord)) {
            return true;
        }
        if (lowerCaseWord.matches("(19|20)\\d\\d")) {
            return true;
        }
        return lowerCaseWord.matches("\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}");
    }
}
