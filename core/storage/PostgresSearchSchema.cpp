#include "PostgresSearchSchema.h"

namespace ad::schema::postgres {

QStringList searchIndex()
{
    // No `?` and no `::` in these texts: Qt would take them for placeholders.
    return {
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent"),
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),

        // One row per advocate: their words (weighted as FTS5's bm25 weighs the
        // columns: name, then email, then title and account, then story and
        // notes) and the same text folded, for runs of Chinese or Japanese,
        // which have no word boundaries ("美玲" inside "陳美玲").
        QStringLiteral("CREATE TABLE advocate_search ("
                       " seq bigint PRIMARY KEY REFERENCES advocates(seq) ON DELETE CASCADE,"
                       " document tsvector NOT NULL,"
                       " text_folded text NOT NULL)"),
        QStringLiteral("CREATE INDEX advocate_search_document ON advocate_search USING gin (document)"),
        QStringLiteral(
            "CREATE INDEX advocate_search_folded ON advocate_search USING gin (text_folded gin_trgm_ops)"),
        // The advocates whose notes changed in the transaction under way.
        QStringLiteral("CREATE TABLE advocate_search_stale_notes (advocate_id text PRIMARY KEY)"),

        // Letter case and accents aside, on both sides of every comparison.
        QStringLiteral("CREATE FUNCTION advocate_search_fold(value text) RETURNS text"
                       " LANGUAGE sql STABLE AS $$ SELECT lower(unaccent(coalesce(value, ''))) $$"),

        // Writes the entries of these advocates (NULL: of every advocate).
        // An email's parts are words too ("chen" finds yating.chen@…), as on SQLite.
        // A tsvector holds at most 1 MB: the words of the story and notes are
        // read from their first 200,000 characters, so that a person with
        // thousands of long notes can still be written (their folded text,
        // searched for runs of Chinese, keeps everything).
        QStringLiteral(
            R"(CREATE FUNCTION advocate_search_refresh(seqs bigint[]) RETURNS void LANGUAGE sql AS $$
INSERT INTO advocate_search AS s (seq, document, text_folded)
SELECT a.seq,
  setweight(to_tsvector('simple', advocate_search_fold(a.name)), 'A')
  || setweight(to_tsvector('simple', advocate_search_fold(
       a.email || ' ' || regexp_replace(a.email, '[^[:alnum:]]+', ' ', 'g'))), 'B')
  || setweight(to_tsvector('simple', advocate_search_fold(a.title || ' ' || coalesce(acc.name, ''))), 'C')
  || setweight(to_tsvector('simple', advocate_search_fold(
       left(a.success_story || ' ' || coalesce(n.body, ''), 200000))), 'D'),
  advocate_search_fold(concat_ws(chr(10), a.name, a.email, a.title, acc.name, a.success_story, n.body))
FROM advocates a
LEFT JOIN accounts acc ON acc.id = a.account_id
LEFT JOIN LATERAL (SELECT string_agg(body, ' ') AS body FROM advocate_notes
                   WHERE advocate_id = a.id) n ON true
WHERE seqs IS NULL OR a.seq = ANY (seqs)
ON CONFLICT (seq) DO UPDATE SET document = excluded.document, text_folded = excluded.text_folded
$$)"),

        // The matches of the words SearchIndex::query() made, with a score (lower is
        // better). A word is a prefix of a word in the entry; a word holding
        // characters of a script written without spaces (Han, kana, Hangul,
        // Thai, Lao, Myanmar, Khmer) is found anywhere in the folded text.
        QStringLiteral(R"(CREATE FUNCTION advocate_search_find(typed text)
RETURNS TABLE (found_seq bigint, found_score double precision) LANGUAGE plpgsql STABLE AS $$
DECLARE
  words tsquery;
  runs text[];
BEGIN
  WITH terms AS (
    SELECT DISTINCT t FROM unnest(string_to_array(advocate_search_fold(typed), ' ')) AS t WHERE t <> ''),
  classed AS (
    SELECT t, t ~ '[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003ffff]' AS run
    FROM terms)
  SELECT to_tsquery('simple', string_agg(
           '''' || replace(replace(t, '\', '\\'), '''', '''''') || ''':*', ' & ') FILTER (WHERE NOT run)),
         array_agg(t) FILTER (WHERE run)
    INTO words, runs FROM classed;
  IF words IS NOT NULL AND numnode(words) > 0 THEN
    RETURN QUERY
      SELECT s.seq, CAST(-ts_rank('{0.1, 0.3, 0.8, 1.0}', s.document, words) AS double precision)
      FROM advocate_search s
      WHERE s.document @@ words
        AND NOT EXISTS (SELECT 1 FROM unnest(runs) AS r WHERE strpos(s.text_folded, r) = 0);
  ELSIF runs IS NOT NULL AND (words IS NULL OR numnode(words) = 0) THEN
    -- The name comes first in the folded text: an earlier find ranks higher.
    RETURN QUERY
      SELECT s.seq, CAST(strpos(s.text_folded, runs[1]) AS double precision)
      FROM advocate_search s
      WHERE s.text_folded LIKE '%' || replace(replace(replace(runs[1], '\', '\\'), '%', '\%'), '_', '\_') || '%'
        AND NOT EXISTS (SELECT 1 FROM unnest(runs) AS r WHERE strpos(s.text_folded, r) = 0);
  END IF;
END
$$)"),

        // Before COMMIT (SearchIndex::beforeCommit): the advocates whose notes
        // changed get their entries written again, once each.
        QStringLiteral(R"(CREATE FUNCTION advocate_search_flush() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM advocate_search_stale_notes) THEN
    PERFORM advocate_search_refresh(ARRAY(SELECT a.seq FROM advocate_search_stale_notes s
                                          JOIN advocates a ON a.id = s.advocate_id));
    DELETE FROM advocate_search_stale_notes;
  END IF;
END
$$)"),

        QStringLiteral(
            R"(CREATE FUNCTION advocate_search_advocate_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM advocate_search_refresh(ARRAY[NEW.seq]);
  RETURN NULL;
END
$$)"),
        QStringLiteral("CREATE TRIGGER advocates_search_insert AFTER INSERT ON advocates"
                       " FOR EACH ROW EXECUTE FUNCTION advocate_search_advocate_changed()"),
        // A save that leaves the searchable fields as they were does not touch the index.
        QStringLiteral(
            "CREATE TRIGGER advocates_search_update"
            " AFTER UPDATE OF name, email, title, account_id, success_story ON advocates FOR EACH ROW"
            " WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.email IS DISTINCT FROM NEW.email"
            " OR OLD.title IS DISTINCT FROM NEW.title OR OLD.account_id IS DISTINCT FROM NEW.account_id"
            " OR OLD.success_story IS DISTINCT FROM NEW.success_story)"
            " EXECUTE FUNCTION advocate_search_advocate_changed()"),
        // (A deleted advocate's entry goes with them: ON DELETE CASCADE.)

        QStringLiteral(
            R"(CREATE FUNCTION advocate_search_account_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM advocate_search_refresh(ARRAY(SELECT seq FROM advocates WHERE account_id = NEW.id));
  RETURN NULL;
END
$$)"),
        QStringLiteral("CREATE TRIGGER accounts_search_rename AFTER UPDATE OF name ON accounts FOR EACH ROW"
                       " WHEN (OLD.name IS DISTINCT FROM NEW.name)"
                       " EXECUTE FUNCTION advocate_search_account_renamed()"),

        QStringLiteral(
            R"(CREATE FUNCTION advocate_search_notes_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO advocate_search_stale_notes (advocate_id) VALUES (OLD.advocate_id) ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO advocate_search_stale_notes (advocate_id) VALUES (NEW.advocate_id) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$)"),
        QStringLiteral("CREATE TRIGGER notes_search AFTER INSERT OR UPDATE OR DELETE ON advocate_notes"
                       " FOR EACH ROW EXECUTE FUNCTION advocate_search_notes_changed()"),
    };
}

} // namespace ad::schema::postgres
