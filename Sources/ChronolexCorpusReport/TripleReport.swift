import ChronolexAmendments
import ChronolexDiff
import ChronolexModel
import ChronolexReaders
import ChronolexTimeline
import ChronolexWorkspace
import Foundation

/// One real set: a base act's Justel consolidation at version N, the act(s) that amended
/// it, and Justel's version N+1 — the truth to match.
public struct TripleSet: Sendable {
    public var name: String
    public var base: String
    public var amending: [String]
    public var next: String

    /// The sets of a corpus folder: every folder of `triples-2024/`, and `fedris-ar-2007`,
    /// `accueil-cg-2014` (folders that hold two versions `.vNNN` and amending acts).
    public static func all(in corpus: URL) -> [TripleSet] {
        var folders: [URL] = []
        let triples = corpus.appendingPathComponent("triples-2024")
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: triples.path)) ?? []).sorted() {
            var isDirectory: ObjCBool = false
            let url = triples.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue { folders.append(url) }
        }
        folders += ["fedris-ar-2007", "accueil-cg-2014"].map { corpus.appendingPathComponent($0) }
        return folders.compactMap { folder in
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
            let versions = files.filter { $0.contains(".v0") }
            let amending = files.filter { $0.contains("amending") }
            guard versions.count == 2, !amending.isEmpty else { return nil }
            let path = { (name: String) in folder.appendingPathComponent(name).path }
            return TripleSet(name: folder.lastPathComponent, base: path(versions[0]), amending: amending.map(path), next: path(versions[1]))
        }
    }
}

/// How Chronolex's consolidation of a set compares with Justel's next version, article by
/// article: those the amending act changed (their text differs between N and N+1, or they
/// stand in one only) and the others.
public struct TripleResult: Sendable {
    public var set: TripleSet
    public var articles = 0
    public var identical = 0
    public var changed = 0
    public var changedIdentical = 0
    public var unchanged = 0
    public var unchangedIdentical = 0
    /// Each article that differs, with why (the instructions that touched it and what became
    /// of them, or the words that differ).
    public var divergences: [(article: String, changed: Bool, cause: String)] = []
    /// What stopped the set before any comparison.
    public var failure: String?

    /// Consolidates the set as `check --keep-going` does and compares.
    public init(_ set: TripleSet) {
        self.set = set
        let officialRead = ActReader.read(path: set.next)
        let baseRead = ActReader.read(path: set.base)
        guard let official = officialRead.act, let before = baseRead.act else {
            failure = "the versions cannot be read"
            return
        }
        let workspace = Workspace(paths: [set.base] + set.amending)
        let consolidated: Consolidated
        switch workspace.consolidated(act: nil, knownOn: official.metadata.consolidatedOn) {
        case .success(let value): consolidated = value
        case .failure(let problem):
            failure = problem.diagnostics.first(where: { $0.severity == .error })?.description ?? "no timeline"
            return
        }
        guard let comparison = OfficialComparison(official: official, timeline: consolidated.timeline) else {
            failure = "the next version says no date"
            return
        }
        let text = { (article: Article) in TextRenderer.render(article) }
        let old = Dictionary(before.articles.map { (ArticleNumber.normalized($0.number), text($0)) }, uniquingKeysWith: { a, _ in a })
        let ours = Dictionary(comparison.ours.articles.map { (ArticleNumber.normalized($0.number), $0) }, uniquingKeysWith: { a, _ in a })
        for article in official.articles {
            let key = ArticleNumber.normalized(article.number)
            let truth = text(article)
            let isChanged = old[key] != truth
            let same = ours[key].map { OfficialComparison.sameText($0, article) } ?? false
            articles += 1
            if same { identical += 1 }
            if isChanged {
                changed += 1
                if same { changedIdentical += 1 }
            } else {
                unchanged += 1
                if same { unchangedIdentical += 1 }
            }
            if !same {
                divergences.append((key, isChanged, Self.cause(key, ours: ours[key], truth: article, timeline: consolidated.timeline)))
            }
        }
    }

    /// Why an article differs: the failed instructions aimed at it, else the first words
    /// that differ.
    static func cause(_ key: String, ours: Article?, truth: Article, timeline: Timeline) -> String {
        let failed = timeline.outcomes.filter { outcome in
            outcome.status.isFailure && outcome.edit.target.article.map(ArticleNumber.normalized) == key
        }
        if let first = failed.first {
            return "\(first.edit.source.unit): \(first.summary)" + (failed.count > 1 ? " (and \(failed.count - 1) more)" : "")
        }
        guard let ours else { return "absent from Chronolex's text" }
        let words = WordDiff.diff(TextRenderer.render(truth), TextRenderer.render(ours)).filter { $0.operation != .equal }
        if words.isEmpty {
            return "the same words, divided otherwise (Justel prints on one line what is several alinéas or points, or the reverse)"
        }
        let shown = words.prefix(4).map { ($0.operation == .delete ? "-" : "+") + "«" + $0.text.prefix(40) + "»" }.joined(separator: " ")
        return "words differ: " + shown
    }
}
