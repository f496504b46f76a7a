package org.groundwork.business;

import java.util.List;

/** The raw material of the demo town's businesses: industries with real NAICS codes, names and people. */
final class DemoBusinessCatalog {

    /** An industry as a BRE program meets it: its NAICS code, a name part and a typical head count. */
    record Industry(String naics, String noun, int minEmployees, int maxEmployees) {
    }

    static final List<Industry> INDUSTRIES = List.of(
            new Industry("332710", "Machine Works", 12, 140), new Industry("332312", "Steel Fabricators", 20, 220),
            new Industry("311811", "Bakery", 4, 35), new Industry("312120", "Brewing", 6, 60),
            new Industry("336390", "Auto Components", 60, 480), new Industry("326199", "Plastics", 25, 260),
            new Industry("321911", "Millwork", 8, 90), new Industry("325412", "Pharmaceuticals", 40, 350),
            new Industry("334418", "Electronics Assembly", 30, 300), new Industry("337110", "Cabinetry", 5, 70),
            new Industry("423830", "Industrial Supply", 6, 80), new Industry("424410", "Food Distributors", 15, 150),
            new Industry("484121", "Freight Lines", 10, 200), new Industry("493110", "Warehousing", 12, 180),
            new Industry("541330", "Engineering Group", 5, 90), new Industry("541511", "Software", 3, 120),
            new Industry("541211", "Accounting", 3, 30), new Industry("621111", "Family Medicine", 8, 60),
            new Industry("623110", "Care Center", 40, 220), new Industry("722511", "Diner", 6, 40),
            new Industry("445110", "Market", 10, 90), new Industry("444140", "Hardware", 5, 45),
            new Industry("236220", "Builders", 8, 120), new Industry("238220", "Plumbing and Heating", 4, 60),
            new Industry("522110", "Community Bank", 15, 110), new Industry("517111", "Broadband", 10, 70),
            new Industry("561320", "Staffing", 5, 40), new Industry("811111", "Auto Repair", 3, 20),
            new Industry("713940", "Fitness Center", 6, 45), new Industry("611513", "Technical Institute", 12, 90));

    static final List<String> NAME_PARTS = List.of("Riverton", "Harbor", "Cedar", "Maple", "Summit", "Northgate",
            "Bluewater", "Ironwood", "Pioneer", "Valley", "Granite", "Lakeside", "Prairie", "Keystone", "Orchard",
            "Redstone", "Silver Creek", "Millbrook", "Eastside", "Westfield", "Hollis", "Baxter", "Donovan",
            "Alvarez", "Nguyen", "Okafor", "Larsen", "Patel", "Kowalski", "Brennan");

    static final List<String> LEGAL_SUFFIXES = List.of(", Inc.", " LLC", " Co.", " Corporation", "");

    static final List<String> STREETS = List.of("Main Street", "Commerce Drive", "Industrial Parkway",
            "River Road", "Mill Street", "Market Avenue", "Harbor Boulevard", "Depot Street", "Oak Avenue",
            "Technology Way", "Elm Street", "Canal Street");

    static final List<String> OWNERSHIP_TYPES = List.of("Family-owned", "Privately held", "Publicly traded",
            "Employee-owned", "Private equity backed", "Cooperative");

    static final List<String> KEY_REASONS = List.of("Largest private employer in the county.",
            "Sole supplier of parts to the regional hospital system.", "Anchor tenant of the Riverton industrial park.",
            "Exports to more than a dozen countries.", "Pays the highest average wages in town.",
            "Weighing a major expansion here or in another state.");

    static final List<String> TAGS = List.of("exporter", "family-owned", "woman-owned", "minority-owned",
            "downtown", "industrial-park", "expansion", "succession");

    static final List<String> FIRST_NAMES = List.of("Maria", "James", "Aisha", "Tom", "Linh", "Carlos", "Grace",
            "Daniel", "Priya", "Samuel", "Elena", "Marcus", "Hannah", "Tariq", "Olivia", "Wei");

    static final List<String> LAST_NAMES = List.of("Garcia", "Miller", "Okafor", "Schmidt", "Nguyen", "Ramirez",
            "Bennett", "Kowalski", "Shah", "Johnson", "Rossi", "Brooks", "Lindqvist", "Haddad", "Turner", "Chen");

    static final List<String> TITLES = List.of("Owner", "President", "Plant Manager", "HR Director",
            "Chief Financial Officer", "Operations Manager", "General Manager");

    private DemoBusinessCatalog() {
    }
}
