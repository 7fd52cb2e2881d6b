namespace Sitrep.Store.Sql;

/// <summary>
/// Versioned schema. Each migration runs once, in a transaction, and is recorded in schema_migrations;
/// a store opened by an older build applies only the migrations it lacks. Never edit a shipped migration:
/// add the next one. The DDL is written once with type placeholders and rendered per dialect.
/// </summary>
internal static class Schema
{
    public sealed record Migration(int Version, string Name, string Ddl);

    public static readonly Migration[] All =
    [
        new(1, "articles, layers, merged events", """
            CREATE TABLE sources (name {TEXT} PRIMARY KEY, first_seen {TEXT} NOT NULL);

            CREATE TABLE articles (
              id {TEXT} PRIMARY KEY, url {TEXT}, source {TEXT}, published {TEXT}, fetched {TEXT} NOT NULL,
              title {TEXT}, name {TEXT}, body {TEXT} NOT NULL, version {INT} NOT NULL, previous_id {TEXT} REFERENCES articles(id),
              duplicate_of {TEXT}, simhash {INT} NOT NULL, words {INT} NOT NULL,
              band0 {INT} NOT NULL, band1 {INT} NOT NULL, band2 {INT} NOT NULL, band3 {INT} NOT NULL, layers {TEXT} NOT NULL);
            CREATE INDEX articles_url ON articles(url, version);
            CREATE INDEX articles_band0 ON articles(band0);
            CREATE INDEX articles_band1 ON articles(band1);
            CREATE INDEX articles_band2 ON articles(band2);
            CREATE INDEX articles_band3 ON articles(band3);

            CREATE TABLE entities (article_id {TEXT} NOT NULL REFERENCES articles(id), ord {INT} NOT NULL,
              span_start {INT} NOT NULL, span_end {INT} NOT NULL, label {TEXT} NOT NULL, cluster {INT} NOT NULL, type {TEXT},
              PRIMARY KEY (article_id, ord));
            CREATE TABLE actors (article_id {TEXT} NOT NULL REFERENCES articles(id), ord {INT} NOT NULL,
              span_start {INT} NOT NULL, span_end {INT} NOT NULL, mention_start {INT} NOT NULL, mention_end {INT} NOT NULL,
              cluster {INT} NOT NULL, code {TEXT} NOT NULL, country {TEXT} NOT NULL, role {TEXT} NOT NULL, name {TEXT} NOT NULL,
              PRIMARY KEY (article_id, ord));
            CREATE TABLE quotes (article_id {TEXT} NOT NULL REFERENCES articles(id), ord {INT} NOT NULL,
              span_start {INT} NOT NULL, span_end {INT} NOT NULL, kind {TEXT} NOT NULL, speaker {TEXT},
              speaker_start {INT}, speaker_end {INT}, speaker_cluster {INT}, cue_start {INT}, cue_end {INT},
              PRIMARY KEY (article_id, ord));
            CREATE TABLE timexes (article_id {TEXT} NOT NULL REFERENCES articles(id), ord {INT} NOT NULL,
              span_start {INT} NOT NULL, span_end {INT} NOT NULL, type {TEXT} NOT NULL, value {TEXT}, mod {TEXT},
              PRIMARY KEY (article_id, ord));
            CREATE TABLE figures (article_id {TEXT} NOT NULL REFERENCES articles(id), ord {INT} NOT NULL,
              span_start {INT} NOT NULL, span_end {INT} NOT NULL, kind {TEXT} NOT NULL, low {INT}, best {INT}, high {INT},
              qualifier {TEXT} NOT NULL, victims {TEXT}, when_value {TEXT}, where_start {INT}, where_end {INT},
              cumulative {INT} NOT NULL, claimant {TEXT}, negated {INT} NOT NULL,
              PRIMARY KEY (article_id, ord));
            CREATE TABLE places (article_id {TEXT} NOT NULL REFERENCES articles(id), ord {INT} NOT NULL,
              span_start {INT} NOT NULL, span_end {INT} NOT NULL, name {TEXT} NOT NULL, geonameid {INT},
              lat {REAL} NOT NULL, lon {REAL} NOT NULL, country {TEXT} NOT NULL, admin1 {TEXT}, feature {TEXT}, geo_precision {TEXT} NOT NULL,
              PRIMARY KEY (article_id, ord));
            CREATE TABLE events (article_id {TEXT} NOT NULL REFERENCES articles(id), ord {INT} NOT NULL,
              span_start {INT} NOT NULL, span_end {INT} NOT NULL, sentence_start {INT} NOT NULL, sentence_end {INT} NOT NULL,
              source {TEXT} NOT NULL, target {TEXT} NOT NULL, code {TEXT} NOT NULL, root {TEXT} NOT NULL, goldstein {REAL} NOT NULL,
              quad_class {INT} NOT NULL, plover {TEXT} NOT NULL, negated {INT} NOT NULL, modality {TEXT} NOT NULL,
              source_start {INT}, source_end {INT}, target_start {INT}, target_end {INT}, when_value {TEXT}, where_value {TEXT},
              PRIMARY KEY (article_id, ord));

            CREATE TABLE merged_events (
              id {INT} PRIMARY KEY, merge_key {TEXT} NOT NULL, day {INT},
              source {TEXT} NOT NULL, source_name {TEXT}, source_country {TEXT} NOT NULL, source_role {TEXT} NOT NULL,
              target {TEXT} NOT NULL, target_name {TEXT}, target_country {TEXT} NOT NULL, target_role {TEXT} NOT NULL,
              code {TEXT} NOT NULL, root {TEXT} NOT NULL, quad_class {INT} NOT NULL, goldstein {REAL} NOT NULL, plover {TEXT} NOT NULL,
              place_name {TEXT}, country {TEXT}, admin1 {TEXT}, lat {REAL}, lon {REAL}, geo_precision {TEXT}, geonameid {INT},
              num_mentions {INT} NOT NULL, num_sources {INT} NOT NULL, num_articles {INT} NOT NULL,
              first_article {TEXT} NOT NULL, first_url {TEXT}, first_source {TEXT}, evidence {TEXT} NOT NULL,
              killed_low {INT}, killed_high {INT}, tolls {TEXT} NOT NULL, added {TEXT} NOT NULL);
            CREATE INDEX merged_key ON merged_events(merge_key, day);
            CREATE INDEX merged_day ON merged_events(day);
            CREATE INDEX merged_country_day ON merged_events(country, day);
            CREATE INDEX merged_source_country_day ON merged_events(source_country, day);
            CREATE INDEX merged_target_country_day ON merged_events(target_country, day);
            CREATE INDEX merged_root_day ON merged_events(root, day);
            CREATE INDEX merged_quad_day ON merged_events(quad_class, day);
            CREATE INDEX merged_code ON merged_events(code {PATTERN});
            CREATE INDEX merged_source ON merged_events(source {PATTERN});
            CREATE INDEX merged_target ON merged_events(target {PATTERN});
            CREATE INDEX merged_lat ON merged_events(lat);

            CREATE TABLE mentions (article_id {TEXT} NOT NULL REFERENCES articles(id), event_ord {INT} NOT NULL,
              merged_id {INT} NOT NULL REFERENCES merged_events(id), outlet {TEXT} NOT NULL, url {TEXT}, published {TEXT},
              sentence_start {INT} NOT NULL, sentence_end {INT} NOT NULL, span_start {INT} NOT NULL, span_end {INT} NOT NULL,
              sentence {TEXT} NOT NULL, duplicate {INT} NOT NULL,
              PRIMARY KEY (article_id, event_ord));
            CREATE INDEX mentions_merged ON mentions(merged_id);

            CREATE TABLE event_figures (merged_id {INT} NOT NULL REFERENCES merged_events(id), article_id {TEXT} NOT NULL,
              figure_ord {INT} NOT NULL, outlet {TEXT} NOT NULL, kind {TEXT} NOT NULL, low {INT}, best {INT}, high {INT},
              qualifier {TEXT} NOT NULL, claimant {TEXT}, span_start {INT} NOT NULL, span_end {INT} NOT NULL, text {TEXT} NOT NULL,
              PRIMARY KEY (merged_id, article_id, figure_ord));
            {SEARCH}
            """),
        new(2, "spatial index of merged events", "{GEO}"),
        // Filtered queries return the newest events first: walking this index backwards gives that order and
        // holds every filtered column, so rows are tested without reading the table until LIMIT are found.
        // It starts with day, so the day-only index is redundant; the R*Tree / (lat, lon) index replaces merged_lat.
        new(3, "newest-first covering index for filtered queries", """
            CREATE INDEX merged_scan ON merged_events(day, id, country, source_country, target_country, root, quad_class, code, source, target, lat, lon);
            DROP INDEX merged_day;
            DROP INDEX merged_lat
            """),
        // Text matches newest first: the SQLite text index is re-keyed by (day, id) (SqlEventStore.SearchKey), so a
        // broad text query reads its matches in the order it returns them and stops at LIMIT.
        new(4, "text index in newest-first order", "{TEXTKEY}"),
        // A date the text gave only as a week, month, season or year before the article's ("in September 2022"): the
        // day is the period's first, and this says so (null: a day).
        new(5, "how much of an event's day the text gave", "ALTER TABLE merged_events ADD COLUMN day_precision {TEXT}"),
    ];
}
