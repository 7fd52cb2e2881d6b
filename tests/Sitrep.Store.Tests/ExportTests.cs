using System.Text;
using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Store.Export;
using Sitrep.Store.Merge;

namespace Sitrep.Store.Tests;

public sealed class ExportTests
{
    private static List<ExportRow> Rows()
    {
        var index = new InMemoryMergeIndex();
        foreach (var d in new[] { TestDocs.Ledger(), TestDocs.Herald(), TestDocs.Protest() })
            EventMerger.Add(ArticleFacts.From(d), null, index);
        return index.Events.Select(e => new ExportRow(e with { Added = new DateTimeOffset(2024, 3, 7, 12, 0, 0, TimeSpan.Zero) }, index.MentionsOf(e.Id))).ToList();
    }

    private static string Text(Action<TextWriter> write)
    {
        var sw = new StringWriter();
        write(sw);
        return sw.ToString();
    }

    [Fact]
    public void Gdelt_rows_have_the_61_event_table_columns_in_gdelt_order()
    {
        var rows = Rows();
        var lines = Text(w => GdeltExporter.Write(w, rows)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var shelling = lines.Select(l => l.Split('\t')).Single(f => f[28] == "19");
        Assert.All(lines, l => Assert.Equal(61, l.Split('\t').Length));
        string Col(string name) => shelling[Array.IndexOf(GdeltExporter.Columns, name)];
        Assert.Equal("20240305", Col("SQLDATE"));
        Assert.Equal("SYRMIL", Col("Actor1Code"));
        Assert.Equal("SYR", Col("Actor1CountryCode"));
        Assert.Equal("MIL", Col("Actor1Type1Code"));
        Assert.Equal("SYRCVL", Col("Actor2Code"));
        Assert.Equal("194", Col("EventCode"));
        Assert.Equal("4", Col("QuadClass"));
        Assert.Equal("2", Col("NumMentions"));
        Assert.Equal("2", Col("NumSources"));
        Assert.Equal("Marat", Col("ActionGeo_FullName").Split(',')[0]);
        Assert.Equal("36.2", Col("ActionGeo_Lat"));
        Assert.Equal("SY09", Col("ActionGeo_ADM1Code"));
        Assert.Equal("20240307120000", Col("DATEADDED"));
        Assert.Equal("https://ledger.example/marat", Col("SOURCEURL"));
    }

    [Theory]
    [InlineData("SYRMIL", "SYR", "", "", "MIL", "")]
    [InlineData("IGOUNO", "", "UNO", "", "IGO", "")]
    [InlineData("IGOUNOHLH", "", "UNO", "", "IGO", "HLH")]
    [InlineData("IGOWSTNAT", "WST", "NAT", "", "IGO", "")]
    [InlineData("IMGMUSISI", "", "ISI", "MUS", "IMG", "")]
    [InlineData("PSEREBHMS", "PSE", "HMS", "", "REB", "")]
    [InlineData("EGYOPPMUS", "EGY", "", "MUS", "OPP", "")]
    [InlineData("MNCUSA", "USA", "", "", "MNC", "")]
    [InlineData("---CVL", "", "", "", "CVL", "")]
    [InlineData("SUN", "SUN", "", "", "", "")] // the Soviet Union, not the Sunni religion code
    public void Gdelt_actor_fields_read_the_cameo_code_three_letters_at_a_time(string code, string country, string group, string religion, string type1, string type2)
    {
        var a = CameoActor.Parse(code);
        Assert.Equal((country, group, religion, type1, type2), (a.Country, a.KnownGroup, a.Religion1, a.Type1, a.Type2));
    }

    [Fact]
    public void Gdelt_mentions_file_has_one_row_per_report_with_its_sentence()
    {
        var lines = Text(w => GdeltExporter.WriteMentions(w, Rows())).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.Equal(GdeltExporter.MentionColumns.Length, l.Split('\t').Length));
        Assert.Contains(lines, l => l.Split('\t')[4] == "Evening Herald" && l.Contains("Artillery fire struck Marat"));
    }

    [Fact]
    public void Acled_csv_parses_back_with_types_mapped_from_cameo_and_fatalities()
    {
        var csv = Text(w => AcledExporter.Write(w, Rows()));
        var records = ParseCsv(csv);
        Assert.Equal(AcledExporter.Columns, records[0]);
        var rows = records.Skip(1).Select(r => AcledExporter.Columns.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        Assert.Equal(2, rows.Count);
        var shelling = rows.Single(r => r["event_type"] == "Explosions/Remote violence");
        Assert.Equal("Political violence", shelling["disorder_type"]);
        Assert.Equal("Shelling/artillery/missile attack", shelling["sub_event_type"]);
        Assert.Equal("2024-03-05", shelling["event_date"]);
        Assert.Equal("1", shelling["time_precision"]);
        Assert.Equal("15", shelling["fatalities"]);
        Assert.Equal("1", shelling["geo_precision"]);
        Assert.Equal("Daily Ledger; Evening Herald", shelling["source"]);
        Assert.Equal("Civilian targeting", shelling["civilian_targeting"]);
        Assert.Contains("shelled the northern town of Marat", shelling["notes"]);
        var protest = rows.Single(r => r["event_type"] == "Protests");
        Assert.Equal("Demonstrations", protest["disorder_type"]);
        Assert.Equal("0", protest["fatalities"]);
        // ACLED tags every demonstration with its crowd's size, as the report gives it
        Assert.Equal("crowd size=thousands", protest["tags"]);
        Assert.Equal("", shelling["tags"]);
    }

    [Theory]
    [InlineData("About 2,000 protesters marched through Kisumu on Tuesday.", "about 2000")]
    [InlineData("More than 300 nurses rallied outside the ministry.", "more than 300")]
    [InlineData("Tens of thousands of Kenyans took to the streets.", "tens of thousands")]
    [InlineData("Hundreds of opposition supporters marched in Kisumu.", "hundreds")]
    [InlineData("Dozens later protested outside the governor's office.", "dozens")]
    [InlineData("On 12 June students marched through Kisumu.", null)]
    [InlineData("Police fired on the march, killing 12 people, witnesses said.", null)]
    [InlineData("Police fired on 500 marchers, and 12 people were killed.", "500")]
    [InlineData("Students marched through Kisumu on Tuesday.", null)]
    public void A_demonstrations_crowd_size_is_the_count_of_its_people(string sentence, string? size)
    {
        Assert.Equal(size, AcledExporter.CrowdSize(sentence));
    }

    [Fact]
    public void Acled_notes_keep_the_outlets_disagreement_over_the_toll_that_fatalities_settles()
    {
        // One outlet counts 9 dead, the other 30: fatalities takes the conservative count, and the notes say who said what,
        // as ACLED's notes do, so a spreadsheet of the CSV alone still shows the report was disputed.
        var index = new InMemoryMergeIndex();
        foreach (var d in new[] { TestDocs.Herald(killed: 9), TestDocs.Herald(killed: 30, outlet: "Valley Times", url: "https://valley.example/marat") })
            EventMerger.Add(ArticleFacts.From(d), null, index);
        var rows = index.Events.Select(e => new ExportRow(e, index.MentionsOf(e.Id))).ToList();
        var row = AcledExporter.Columns.Zip(ParseCsv(Text(w => AcledExporter.Write(w, rows)))[1]).ToDictionary(p => p.First, p => p.Second);

        Assert.Equal("9", row["fatalities"]);
        Assert.StartsWith("Artillery fire struck Marat", row["notes"]);
        Assert.EndsWith("[Killed: 9 per Evening Herald, 30 per Valley Times.]", row["notes"]);

        // An undisputed toll adds nothing to the notes.
        var single = ParseCsv(Text(w => AcledExporter.Write(w, Rows())));
        Assert.DoesNotContain(single.Skip(1), r => r[Array.IndexOf(AcledExporter.Columns, "notes")].Contains("[Killed"));
    }

    [Fact]
    public void Acled_rows_have_acleds_columns_in_acleds_order_with_names_iso_code_and_actor_types()
    {
        Assert.Equal(["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
            "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
            "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
            "source", "source_scale", "notes", "fatalities", "tags", "timestamp"], AcledExporter.Columns);
        var names = new AcledNames(code => code is "SY" or "SYR" ? "Syria" : code is "RU" or "RUS" ? "Russia" : null,
            iso2 => iso2 == "SY" ? "760" : null, (iso2, admin1) => (iso2, admin1) == ("SY", "09") ? "Idlib" : null,
            iso2 => iso2 == "SY" ? "Middle East" : null, geonameId => geonameId >= 1000 ? "Marat District" : null, iso2 => iso2 == "SY" ? "SYR" : null);
        var rows = ParseCsv(Text(w => AcledExporter.Write(w, Rows(), names))).Skip(1)
            .Select(r => AcledExporter.Columns.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();

        var shelling = rows.Single(r => r["event_type"] == "Explosions/Remote violence");
        Assert.Equal(("760", "Middle East", "Syria", "Idlib", "Marat District", "Marat"),
            (shelling["iso"], shelling["region"], shelling["country"], shelling["admin1"], shelling["admin2"], shelling["location"]));
        Assert.Equal(("1", "7", "17"), (shelling["inter1"], shelling["inter2"], shelling["interaction"]));
        Assert.Matches("^SYR[0-9]+$", shelling["event_id_cnty"]); // ACLED's ids open with the country's three letters
        var protest = rows.Single(r => r["event_type"] == "Protests");
        Assert.Equal("6", protest["inter1"]);
        Assert.Contains("6", protest["interaction"]);
        Assert.Equal(2, protest["interaction"].Length);

        // Another state's forces are external (8); a place's own rebels 2; an unnamed armed group 3.
        var place = new EventPlace("Marat", "SY", "05", 34.1, 40.2, PlacePrecision.City, 1);
        Assert.Equal("8", AcledExporter.Inter("RUSMIL", "Military Forces of Russia", "Explosions/Remote violence", true, place, names.Country));
        Assert.Equal("1", AcledExporter.Inter("SYRMIL", "Military Forces of Syria", "Battles", true, place, names.Country));
        Assert.Equal("2", AcledExporter.Inter("SYRREB", "Free Hills Brigade", "Battles", false, place, names.Country));
        Assert.Equal("3", AcledExporter.Inter("SYRREB", "Unidentified Armed Group (Syria)", "Battles", true, place, names.Country));
        Assert.Equal("12", AcledExporter.Interaction("2", "1"));

        // A state named as a side of a battle, or as the one firing in a strike, is its military; a country a strike hits is not
        Assert.Equal("RUSMIL", AcledExporter.ArmedState("RUS", "Explosions/Remote violence", first: true, names.Country));
        Assert.Equal("SYRMIL", AcledExporter.ArmedState("SYR", "Battles", first: false, names.Country));
        Assert.Equal("SYR", AcledExporter.ArmedState("SYR", "Explosions/Remote violence", first: false, names.Country));
        Assert.Equal("RUS", AcledExporter.ArmedState("RUS", "Protests", first: true, names.Country));
        Assert.Equal("SYRGOV", AcledExporter.ArmedState("SYRGOV", "Battles", first: true, names.Country));
        Assert.Equal("NGO", AcledExporter.ArmedState("NGO", "Battles", first: true, names.Country));
        Assert.Equal("RUS", AcledExporter.ArmedState("RUS", "Battles", first: true, null));
    }

    [Fact]
    public void Acled_writes_a_battle_coded_both_ways_once_so_its_fatalities_count_once()
    {
        const string text = "Clashes near Marat\nThe army and Free Hills Brigade fighters clashed near Marat on Tuesday, killing nine fighters, officials said. " +
            "Brigade fighters also attacked a police post in Marat on Tuesday, a commander said.";
        var doc = new DocBuilder(text) { Outlet = "North Wire", Published = TestDocs.Tuesday }
            .Place("Marat", 34.1, 40.2, "SY", "05")
            .Figure("killing nine fighters", FigureKind.Killed, 9, 9, 9, victims: "fighters")
            .Event("The army and Free Hills Brigade fighters clashed", "SYRMIL", "SYRREB", "190", where: "Marat")
            .Event("The army and Free Hills Brigade fighters clashed", "SYRREB", "SYRMIL", "190", where: "Marat")
            .Event("Brigade fighters also attacked a police post", "SYRREB", "SYRCOP", "193", where: "Marat")
            .Build();
        var index = new InMemoryMergeIndex();
        EventMerger.Add(ArticleFacts.From(doc), null, index);
        var rows = index.Events.Select(e => new ExportRow(e, index.MentionsOf(e.Id))).ToList();
        Assert.Equal(3, rows.Count);

        var records = ParseCsv(Text(w => AcledExporter.Write(w, rows))).Skip(1)
            .Select(r => AcledExporter.Columns.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();

        // the clash once, with its nine dead; the attack on the police by one side is another battle, not its mirror
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal("Battles", r["event_type"]));
        Assert.Equal(["0", "9"], records.Select(r => r["fatalities"]).Order());
    }

    [Fact]
    public void Acled_actors_take_acleds_names_from_their_codes_when_country_names_are_given()
    {
        static string? Names(string code) => code switch { "SYR" or "SY" => "Syria", _ => null };
        var rows = ParseCsv(Text(w => AcledExporter.Write(w, Rows(), Names))).Skip(1)
            .Select(r => AcledExporter.Columns.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        var shelling = rows.Single(r => r["event_type"] == "Explosions/Remote violence");
        Assert.Equal("Military Forces of Syria", shelling["actor1"]);
        Assert.Equal("Civilians (Syria)", shelling["actor2"]);
        // armed men the text did not name are an unidentified group of their country; a group's own name stays
        var place = new EventPlace("Marat", "SY", "05", 34.1, 40.2, PlacePrecision.City, 1);
        Assert.Equal("Unidentified Armed Group (Syria)", AcledExporter.ActorName("SYRREB", "Gunmen", place, Names));
        Assert.Equal("Unidentified Armed Group (Syria)", AcledExporter.ActorName("---REB", "Syrian militia", place, Names));
        Assert.Equal("Free Hills Brigade", AcledExporter.ActorName("SYRREB", "Free Hills Brigade", place, Names));
        Assert.Equal("Unidentified Armed Group (Syria)", AcledExporter.ActorName("SYRREB", "Armed groups", place, Names));
        Assert.Equal("Unidentified Armed Group (Syria)", AcledExporter.ActorName("SYRREB", "Suspected jihadists", place, Names));
        Assert.Equal("Unidentified Armed Group (Syria)", AcledExporter.ActorName("SYRINS", "insurgent", place, Names));
        // "the" where the country's name takes it
        static string? Us(string code) => code is "USA" or "US" ? "United States" : null;
        Assert.Equal("Government of the United States", AcledExporter.ActorName("USAGOV", "Washington", null, Us));
        // soldiers of no named country are not the place's army
        Assert.Equal("soldiers", AcledExporter.ActorName("---MIL", "soldiers", place, Names));
    }

    [Fact]
    public void Acled_writes_civilians_of_a_trade_protesters_and_the_islamic_state_with_acleds_names_and_associated_actors()
    {
        static string? Names(string code) => code switch { "SYR" or "SY" => "Syria", "KEN" or "KE" => "Kenya", "IRQ" or "IQ" => "Iraq", "CHN" => "China", _ => null };
        var place = new EventPlace("Marat", "SY", "05", 34.1, 40.2, PlacePrecision.City, 1);
        // doctors shelled in a hospital are civilians, with the health workers beside them
        Assert.Equal(("Civilians (Syria)", "Health Workers (Syria)"), AcledExporter.Actor("---HLH", "doctors", "Explosions/Remote violence", false, place, Names));
        Assert.Equal("7", AcledExporter.Inter("---HLH", "Civilians (Syria)", "Explosions/Remote violence", false, place, Names));
        // teachers who march are protesters, students beside them when the words say students
        var nairobi = new EventPlace("Nairobi", "KE", "30", -1.28, 36.82, PlacePrecision.City, 2);
        Assert.Equal(("Protesters (Kenya)", "Teachers (Kenya)"), AcledExporter.Actor("KENEDU", "teachers", "Protests", true, nairobi, Names));
        Assert.Equal(("Protesters (Kenya)", "Students (Kenya)"), AcledExporter.Actor("KENEDU", "university students", "Protests", true, nairobi, Names));
        Assert.Equal(("Rioters (Kenya)", ""), AcledExporter.Actor("KENOPP", "opposition supporters", "Riots", true, nairobi, Names));
        // protesters police fire on are protesters, whatever the event
        Assert.Equal(("Protesters (China)", ""), AcledExporter.Actor("CHNOPP", "protesters", "Battles", false, null, Names));
        Assert.Equal("6", AcledExporter.Inter("CHNOPP", "Protesters (China)", "Battles", false, null, Names));
        // a weapon is no actor: the strike's unnamed attacker is left for the writer to name an unidentified armed group
        Assert.Equal(("", ""), AcledExporter.Actor("---MIL", "drone", "Explosions/Remote violence", true, place, Names));
        Assert.Equal("3", AcledExporter.Inter("---MIL", "Unidentified Armed Group (Syria)", "Explosions/Remote violence", true, place, Names));
        Assert.Equal(("Military Forces of Syria", ""), AcledExporter.Actor("SYRMIL", "Syrian warplanes", "Explosions/Remote violence", true, place, Names));
        // the Islamic State where it acts, a rebel group in ACLED's types
        var mosul = new EventPlace("Mosul", "IQ", "15", 36.34, 43.13, PlacePrecision.City, 3);
        Assert.Equal(("Islamic State (Iraq)", ""), AcledExporter.Actor("IMGMUSISI", "ISIL", "Battles", true, mosul, Names));
        Assert.Equal("2", AcledExporter.Inter("IMGMUSISI", "Islamic State (Iraq)", "Battles", true, mosul, Names));
        // a teacher shot at home is no protester: a role's group stands beside civilians only as the victims of violence
        Assert.Equal(("Government of Kenya", ""), AcledExporter.Actor("KENGOV", "government", "Strategic developments", true, nairobi, Names));
        // a state that attacks civilians is its army; one that signs is its government; one that arrests its police
        Assert.Equal("SYRMIL", AcledExporter.ArmedState("SYR", "Violence against civilians", first: true, Names));
        Assert.Equal("KENGOV", AcledExporter.ArmedState("KEN", "Strategic developments", first: true, Names, "Agreement"));
        Assert.Equal("KENCOP", AcledExporter.ArmedState("KEN", "Strategic developments", first: true, Names, "Arrests"));
        Assert.Equal("KENGOV", AcledExporter.ArmedState("KEN", "Protests", first: false, Names));
        Assert.Equal("KENMIL", AcledExporter.ArmedState("KEN", "Strategic developments", first: true, Names, "Non-violent transfer of territory"));
    }

    [Fact]
    public void Acled_writes_police_firing_on_protesters_as_a_protest_met_with_force_the_protesters_first()
    {
        static string? Names(string code) => code is "NGA" or "NG" ? "Nigeria" : null;
        var doc = new DocBuilder("Police fire on Kaduna march\nPolice opened fire on demonstrators in Kaduna on Monday, killing three people. " +
            "In Kano, riot police clashed with demonstrators outside the state assembly.")
            { Outlet = "Savanna Times", Published = new DateOnly(2024, 3, 5) }
            .Place("Kaduna", 10.52, 7.44, "NG", "23")
            .Place("Kano", 12.00, 8.52, "NG", "29")
            .Figure("killing three people", FigureKind.Killed, 3, 3, 3, victims: "people")
            .Event("opened fire on demonstrators", "NGACOP", "NGAOPP", "190", where: "Kaduna")
            .Event("clashed with demonstrators", "NGACOP", "NGAOPP", "190", where: "Kano").Build();
        var index = new InMemoryMergeIndex();
        EventMerger.Add(ArticleFacts.From(doc), null, index);
        var rows = index.Events.Select(e => new ExportRow(e with { SourceName = "Police", TargetName = "demonstrators" }, index.MentionsOf(e.Id))).ToList();
        var records = ParseCsv(Text(w => AcledExporter.Write(w, rows, Names))).Skip(1)
            .Select(r => AcledExporter.Columns.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        Assert.Equal(2, records.Count);
        Assert.All(records, r =>
        {
            Assert.Equal(("Demonstrations", "Protests"), (r["disorder_type"], r["event_type"]));
            Assert.Equal(("Protesters (Nigeria)", "6"), (r["actor1"], r["inter1"]));
            Assert.Equal(("Police Forces of Nigeria", "1"), (r["actor2"], r["inter2"]));
        });
        Assert.Equal("Excessive force against protesters", records.Single(r => r["location"] == "Kaduna")["sub_event_type"]);
        Assert.Equal("Protest with intervention", records.Single(r => r["location"] == "Kano")["sub_event_type"]);
    }

    [Fact]
    public void Acled_names_an_attacker_nobody_identified_as_an_unidentified_armed_group_of_the_country()
    {
        var rows = Rows().Select(r => r.Event.Root == "19" ? r with { Event = r.Event with { Source = "", SourceName = null } } : r).ToList();
        var records = ParseCsv(Text(w => AcledExporter.Write(w, rows)));
        var shelling = records.Skip(1).Select(r => AcledExporter.Columns.Zip(r).ToDictionary(p => p.First, p => p.Second))
            .Single(r => r["event_type"] == "Explosions/Remote violence");
        Assert.Equal($"Unidentified Armed Group ({shelling["country"]})", shelling["actor1"]);
        Assert.NotEqual("", shelling["country"]);
        // a protest by no one named stays without an actor name: only violence has armed groups
        var protest = records.Skip(1).Select(r => AcledExporter.Columns.Zip(r).ToDictionary(p => p.First, p => p.Second)).Single(r => r["event_type"] == "Protests");
        Assert.DoesNotContain("Unidentified", protest["actor1"]);
    }

    [Fact]
    public void Geojson_is_a_feature_collection_of_points_in_lon_lat_order()
    {
        var ms = new MemoryStream();
        GeoJsonExporter.Write(ms, Rows());
        using var doc = JsonDocument.Parse(ms.ToArray());
        Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(2, features.Count);
        var protest = features.Single(f => f.GetProperty("properties").GetProperty("code").GetString() == "141");
        var coords = protest.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToArray();
        Assert.Equal([11.58, 48.15], coords);
        Assert.Equal("Velora", protest.GetProperty("properties").GetProperty("place").GetString());
    }

    [Fact]
    public void Jsonl_carries_tolls_figures_and_mentions_per_event()
    {
        var ms = new MemoryStream();
        JsonlExporter.Write(ms, Rows());
        var lines = Encoding.UTF8.GetString(ms.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var shelling = JsonDocument.Parse(lines.Single(l => l.Contains("\"root\":\"19\"")));
        var r = shelling.RootElement;
        Assert.Equal(2, r.GetProperty("mentions").GetArrayLength());
        var toll = r.GetProperty("tolls")[0];
        Assert.Equal("killed", toll.GetProperty("kind").GetString());
        Assert.Equal(15, toll.GetProperty("low").GetInt64());
        Assert.Equal("Evening Herald", toll.GetProperty("low_by").GetString());
        Assert.Equal(2, r.GetProperty("figures").GetArrayLength());
    }

    [Fact]
    public void An_event_dated_only_by_an_earlier_month_exports_its_precision()
    {
        var index = new InMemoryMergeIndex();
        var doc = new DocBuilder("Rebels shell town\nRebels shelled the town of Marat in September 2022, killing nine people.")
            { Outlet = "Daily Ledger", Published = new DateOnly(2024, 3, 5) }
            .Event("shelled the town of Marat", "SYRREB", "SYRCVL", "194", when: "2022-09").Build();
        EventMerger.Add(ArticleFacts.From(doc), null, index);
        var rows = index.Events.Select(e => new ExportRow(e, index.MentionsOf(e.Id))).ToList();
        var acled = ParseCsv(Text(w => AcledExporter.Write(w, rows)));
        var row = AcledExporter.Columns.Zip(acled[1]).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal("2022-09-01", row["event_date"]);
        Assert.Equal("3", row["time_precision"]);
        var ms = new MemoryStream();
        JsonlExporter.Write(ms, rows);
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(ms.ToArray()).Trim());
        Assert.Equal("month", json.RootElement.GetProperty("date_precision").GetString());
    }

    [Theory]
    [InlineData("194", "SYRMIL", "SYRCVL", "Explosions/Remote violence", "Shelling/artillery/missile attack")]
    [InlineData("195", "RUSMIL", "SYRREB", "Explosions/Remote violence", "Air/drone strike")]
    [InlineData("190", "SYRMIL", "SYRREB", "Battles", "Armed clash")]
    [InlineData("180", "SYRREB", "SYRCVL", "Violence against civilians", "Attack")]
    [InlineData("181", "SYRREB", "SYRCVL", "Violence against civilians", "Abduction/forced disappearance")]
    [InlineData("1831", "SYRREB", "SYRMIL", "Explosions/Remote violence", "Suicide bomb")]
    [InlineData("145", "SYRCVL", "SYRGOV", "Riots", "Violent demonstration")]
    [InlineData("173", "SYRPOL", "SYROPP", "Strategic developments", "Arrests")]
    [InlineData("0871", "SYRGOV", "SYRREB", "Strategic developments", "Agreement")]
    [InlineData("0841", "SYRREB", "USACVL", "Strategic developments", "Agreement")]
    [InlineData("154", "RUSMIL", "UKRMIL", "Strategic developments", "Change to group/activity")]
    [InlineData("0874", "SYRREB", "SYRMIL", "Strategic developments", "Non-violent transfer of territory")]
    [InlineData("1724", "SDNGOV", "SDN", "Strategic developments", "Other")]
    [InlineData("175", "SYRCOP", "SYRCVL", "Violence against civilians", "Attack")]
    public void Cameo_codes_map_to_acled_event_types(string code, string source, string target, string type, string sub)
    {
        var (_, t, s) = AcledTypes.Of(code, source[3..], target[3..])!.Value;
        Assert.Equal((type, sub), (t, s));
    }

    [Theory]
    [InlineData("036")] // express intent to meet
    [InlineData("043")] // visit
    [InlineData("010")] // a statement
    [InlineData("112")] // accuse
    [InlineData("138")] // threaten with force
    [InlineData("070")] // aid
    [InlineData("061")] // cooperate economically
    [InlineData("166")] // expel diplomats
    [InlineData("170")] // coerce, no more said
    public void Statements_meetings_threats_and_aid_are_no_acled_events(string code) =>
        Assert.Null(AcledTypes.Of(code, "GOV", "GOV"));

    [Fact]
    public void Acled_csv_leaves_out_events_acled_does_not_code_and_counts_them()
    {
        // A minister's condemnation of the shelling is an event of the record (and of the GDELT export), but no ACLED
        // event: as "Strategic developments / Other" it would swell the count of strategic developments an analyst compares.
        var doc = new DocBuilder("Shelling of Marat condemned\nGovernment forces shelled the town of Marat on Monday. The foreign minister condemned the shelling.")
            { Outlet = "Daily Ledger", Published = new DateOnly(2024, 3, 5) }
            .Event("shelled the town of Marat", "SYRMIL", "SYRCVL", "194")
            .Event("condemned the shelling", "SYRGOV", "SYRMIL", "111", quad: 3).Build();
        var index = new InMemoryMergeIndex();
        EventMerger.Add(ArticleFacts.From(doc), null, index);
        var rows = index.Events.Select(e => new ExportRow(e, index.MentionsOf(e.Id))).ToList();
        Assert.Equal(2, rows.Count);
        int leftOut = 0;
        var records = ParseCsv(Text(w => leftOut = AcledExporter.Write(w, rows))).Skip(1).ToList();
        Assert.Equal(1, leftOut);
        var row = Assert.Single(records);
        Assert.Equal("Shelling/artillery/missile attack", row[Array.IndexOf(AcledExporter.Columns, "sub_event_type")]);
        Assert.Equal(1, ExportFormats.Write("acled", new MemoryStream(), rows));
        Assert.Equal(0, ExportFormats.Write("gdelt", new MemoryStream(), rows));
    }

    /// <summary>RFC 4180 reader: quoted fields may hold commas, quotes ("") and newlines.</summary>
    internal static List<string[]> ParseCsv(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < csv.Length; i++)
        {
            char c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row.ToArray()); row.Clear(); }
            else field.Append(c);
        }
        return rows;
    }
}
