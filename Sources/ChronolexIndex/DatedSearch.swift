import ChronolexModel
import ChronolexTimeline
import ChronolexWorkspace
import GRDB

/// What a search of the articles as they stand on one date found, and what it could not look at.
public struct DatedSearch: Sendable {
    /// The articles whose text on the date holds every word, the excerpt cut from that text.
    public var hits: [SearchHit] = []
    /// The acts that could hold the words on the date (their text, or an act amending them, holds each word).
    public var candidates = 0
    /// Candidates not consolidated: beyond `maxActs`.
    public var unexamined = 0
    /// Candidates that could not be consolidated, with the first error.
    public var failures: [(numac: String, message: String)] = []
    /// Articles of the candidates whose text on the date is not in the index (a Justel state
    /// shows them as later acts left them): not searched.
    public var unknownTexts: [(numac: String, article: String)] = []
}

extension CorpusIndex {
    /// The articles whose text on `date` holds all of `words` (accents and case ignored).
    /// The words an amendment put in an article stand in no indexed text of the base, so the
    /// candidates are the acts each word stands in — in their own text or in the text of
    /// an act that amends them — and only those are consolidated on `date` (at most
    /// `maxActs`, the most recent numacs first), every article of theirs kept whose text
    /// then holds the words. At most `limit` articles.
    public func search(_ words: String, at date: LegalDate, limit: Int = 20, maxActs: Int = 200) throws -> DatedSearch {
        let terms = Self.terms(words)
        var result = DatedSearch()
        guard !terms.isEmpty else { return result }
        var candidates: Set<String>?
        try database.read { db in
            for term in terms {
                let query = "\"\(term)\""
                let numacs = try String.fetchSet(db, sql: """
                    SELECT act.numac FROM act WHERE act.numac IS NOT NULL AND act.id IN (SELECT act_id FROM article WHERE article MATCH ?)
                    UNION
                    SELECT citation.target FROM citation WHERE citation.target IS NOT NULL AND citation.via != 'fixing'
                        AND citation.act_id IN (SELECT act_id FROM article WHERE article MATCH ?)
                    """, arguments: [query, query])
                candidates = candidates.map { $0.intersection(numacs) } ?? numacs
                if candidates?.isEmpty ?? true { break }
            }
        }
        let ordered = (candidates ?? []).sorted(by: >)
        result.candidates = ordered.count
        result.unexamined = max(0, ordered.count - maxActs)
        let termSet = Set(terms)
        for numac in ordered.prefix(maxActs) {
            guard result.hits.count < limit else { break }
            // A numac named by `modifies:` whose act is not in the corpus: no article to find.
            guard try !acts(numac: numac).isEmpty else { continue }
            // The text the index holds for that day, as a consolidation on that day takes it (look 30).
            let selection = try selection(numac: numac, at: date)
            let consolidated: Consolidated
            switch Workspace(paths: selection.paths).consolidated(act: numac) {
            case .success(let value): consolidated = value
            case .failure(let failure):
                result.failures.append((numac, failure.diagnostics.first { $0.severity == .error }?.description ?? "cannot be consolidated"))
                continue
            }
            guard consolidated.timeline.ended(at: date) == nil else { continue }
            for article in consolidated.timeline.act(at: date).articles {
                // Chronolex's own words are not the article's (look 30: « abrogé » found the
                // « (Abrogé) » of a repealed article); an article whose text is not in the
                // index is not searched, and said.
                if article.status == .repealed { continue }
                if article.status == .unknown {
                    result.unknownTexts.append((numac, ArticleNumber.normalized(article.number)))
                    continue
                }
                let text = TextRenderer.render(article)
                guard termSet.isSubset(of: Set(Self.words(text))) else { continue }
                let number = ArticleNumber.normalized(article.number)
                var hit = SearchHit(numac: numac, kind: selection.base.kind, date: selection.base.date, title: selection.base.title,
                                    authority: selection.base.authority, path: selection.base.path,
                                    article: number, excerpt: Self.excerpt(text, terms: termSet))
                // An error that can reach this article on that day (an instruction not read or
                // not applied, its text not in the input) is said with it, as `consolidate` and
                // the reading room say it (look 30: printed as the text in force, exit 0, not a word).
                if consolidated.failed(article: number, at: [date]) {
                    hit.uncertain = consolidated.report(keepGoing: true, article: number, at: [date]).first(where: \.skipped).map { diagnostic in
                        var diagnostic = diagnostic
                        diagnostic.severity = .error
                        if diagnostic.message.hasPrefix("skipped: ") { diagnostic.message.removeFirst("skipped: ".count) }
                        return diagnostic.description
                    } ?? "an instruction that can reach it could not be read or applied"
                }
                result.hits.append(hit)
                if result.hits.count == limit { break }
            }
        }
        return result
    }

    /// Twelve words of `text` around the words found — the first twelve that hold the most
    /// of the different `terms` (look 30: « vingt jours » showed the first « jours », of
    /// another sentence, without « vingt ») —, those words in [ ], « … » where the text is cut.
    static func excerpt(_ text: String, terms: Set<String>) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        let found = words.map { word in Set(Self.words(String(word)).filter(terms.contains)) }
        let matches = found.map { !$0.isEmpty }
        let first = matches.firstIndex(of: true) ?? 0
        var start = max(0, min(first - 4, words.count - 12))
        var best = found[start..<min(words.count, start + 12)].reduce(into: Set<String>()) { $0.formUnion($1) }.count
        if best < terms.count {
            for candidate in 0..<max(0, words.count - 11) {
                let count = found[candidate..<min(words.count, candidate + 12)].reduce(into: Set<String>()) { $0.formUnion($1) }.count
                if count > best { (best, start) = (count, candidate) }
            }
        }
        let end = min(words.count, start + 12)
        let shown = (start..<end).map { matches[$0] ? "[\(words[$0])]" : String(words[$0]) }
        return (start > 0 ? "…" : "") + shown.joined(separator: " ") + (end < words.count ? "…" : "")
    }
}

extension SearchHit {
    public init(numac: String?, kind: ActKind?, date: LegalDate?, title: String?, authority: String?, path: String, article: String, excerpt: String) {
        self.numac = numac
        self.kind = kind
        self.date = date
        self.title = title
        self.authority = authority
        self.path = path
        self.article = article
        self.excerpt = excerpt
    }
}
