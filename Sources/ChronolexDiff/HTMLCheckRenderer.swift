import ChronolexAmendments
import ChronolexModel
import ChronolexTimeline
import ChronolexXML

/// What `chronolex check` compared, for its report page: Chronolex's consolidation of an
/// act on a date set against an official text, article by article.
public struct CheckReport {
    /// The comparison itself: the base act, the official text, the figures, the word diff.
    public var check: Check
    /// The timeline Chronolex consolidated: the instructions behind each article.
    public var timeline: Timeline
    /// Every article of either text, in the official text's order (Chronolex's own after).
    public var articles: [ArticleResult]

    /// One article compared: where it stands and how far apart the two texts are.
    public struct ArticleResult: Sendable {
        /// Where the article stands (its raw value is the class of its row in the report).
        public enum Status: String, Sendable {
            /// The same words (as ``OfficialComparison/sameText(_:_:)`` reads them).
            case identical
            /// In both texts, with different words.
            case divergent
            /// In the official text only.
            case missing
            /// In Chronolex's text only.
            case onlyOurs
        }

        /// The article's number, normalised (`4/1`).
        public var number: String
        public var status: Status
        /// The normalised word edit distance between the two texts of the article
        /// (``WordDiff/distance(_:_:)``; 1 when it stands in one text only).
        public var distance: Double
    }

    public init(check: Check, timeline: Timeline) {
        self.check = check
        self.timeline = timeline
        articles = Self.results(official: check.official, ours: check.comparison.ours)
    }

    /// Each article's status and distance.
    ///
    /// - Complexity: O(n) word diffs, one per article.
    static func results(official: Act, ours: Act) -> [ArticleResult] {
        let byNumber = Dictionary(ours.articles.map { (ArticleNumber.normalized($0.number), $0) }, uniquingKeysWith: { first, _ in first })
        var results: [ArticleResult] = []
        var seen = Set<String>()
        for article in official.articles {
            let key = ArticleNumber.normalized(article.number)
            guard seen.insert(key).inserted else { continue }
            guard let mine = byNumber[key] else {
                results.append(ArticleResult(number: key, status: .missing, distance: 1))
                continue
            }
            let same = OfficialComparison.sameText(mine, article)
            let distance = same ? 0 : WordDiff.distance(TextRenderer.render(article), TextRenderer.render(mine))
            results.append(ArticleResult(number: key, status: same ? .identical : .divergent, distance: distance))
        }
        for article in ours.articles {
            let key = ArticleNumber.normalized(article.number)
            guard seen.insert(key).inserted else { continue }
            results.append(ArticleResult(number: key, status: .onlyOurs, distance: 1))
        }
        return results
    }

    /// `check of act 2015201234 on 2023-01-01 against F` in the page's words.
    public var title: String {
        let act = check.base.metadata
        return "Contrôle de l'acte \(act.numac ?? act.title ?? "") au \(check.comparison.date.french)" + (check.knownOn.map { ", tel que connu le \($0.french)" } ?? "")
            + " d'après le texte officiel \(check.officialName)"
    }
}

/// The report page of `chronolex check --format html`: what was compared, the summary
/// (identical articles over the official text's, the articles only in Chronolex's text,
/// the normalised word edit distance), then each divergent article with its word diff
/// (the official text's words struck out, Chronolex's underlined) and the instructions
/// behind it — those applied, with their acts, articles, dates and ELI, and those that
/// could not be. One self-contained, printable page, no script, escaped by construction.
public enum HTMLCheckRenderer {
    /// - Complexity: O(n) in the size of the divergences, plus the articles' histories.
    public static func render(_ report: CheckReport) -> String {
        let document = HTMLDocument(language: "fr")
        let head = document.root.element("head")
        head.element("meta", ["http-equiv": "Content-Type", "content": "text/html; charset=utf-8"])
        head.element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        head.element("title", text: report.title)
        head.element("style", text: stylesheet)
        let body = document.root.element("body", ["class": "check"])
        var ids = HTMLIDs()
        appendReport(report, to: body, links: .standalone, ids: &ids)
        return document.serialized()
    }

    /// The report into `element` of a page (the reading room's check page): `links` says
    /// where amending acts and articles link.
    public static func appendReport(_ report: CheckReport, to element: HTMLElement, links: ProvenanceLinks, ids: inout HTMLIDs,
                                    articleLink: (String) -> String? = { _ in nil }) {
        let comparison = report.check.comparison
        let header = element.element("header")
        header.element("p", ["class": "kicker"], text: "Contrôle avec le texte officiel")
        header.element("h1", text: report.title)
        if let title = report.check.base.metadata.title {
            header.element("p", ["class": "subtitle"], text: (report.check.base.metadata.date.map { $0.frenchHeading + ". — " } ?? "") + TextDiffRenderer.displayTitle(title))
        }
        let facts = header.element("dl", ["class": "metadata"])
        func fact(_ label: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            facts.element("dt", text: label)
            facts.element("dd", text: value)
        }
        fact("Numac", report.check.base.metadata.numac)
        fact("Texte officiel", report.check.officialName + (report.check.official.metadata.consolidatedOn.map { " (Justel, mise à jour au \($0.french))" } ?? ""))
        fact("Date comparée", comparison.date.french)
        fact("Tel que connu le", report.check.knownOn?.french)
        fact("Texte de base de Chronolex", ConsolidatedHTML.baseText(report.timeline))

        // The summary: the figures of the text output.
        let summary = element.element("section", ["class": "summary", "id": ids.unique("resume")])
        summary.element("h2", text: "Résumé")
        let table = summary.element("table", ["class": "figures"])
        func row(_ label: String, _ value: String, _ key: String) {
            let line = table.element("tr", ["data-key": key])
            line.element("th", ["scope": "row"], text: label)
            line.element("td", text: value)
        }
        row("Articles identiques", "\(comparison.identical) sur \(report.check.official.articles.count)", "identical")
        row("Articles divergents", String(comparison.divergent.count), "divergent")
        row("Articles seulement dans le texte de Chronolex", comparison.extra.isEmpty ? "0" : "\(comparison.extra.count) (" + comparison.extra.map { "art. " + $0 }.joined(separator: ", ") + ")", "only-in-chronolex")
        row("Distance d'édition normalisée (mots)", decimal(report.check.distance), "distance")
        if report.check.notApplied > 0 {
            row("Erreurs laissant des instructions non appliquées (--keep-going)", String(report.check.notApplied), "not-applied")
        }
        summary.element("p", ["class": report.check.agrees ? "verdict agrees" : "verdict diverges"],
                        text: report.check.agrees ? "Chaque article du texte officiel est identique au texte de Chronolex."
                                            : "Le texte de Chronolex diverge du texte officiel : voir chaque article ci-dessous.")
        appendArticleTable(report, into: summary)
        let guide = summary.element("p", ["class": "guide"])
        guide.text("Lecture : ")
        guide.element("del", text: "mots du texte officiel seulement")
        guide.text(" · ")
        guide.element("ins", text: "mots du texte de Chronolex seulement")

        let labels = DiffLabels.french
        let main = element.element("main")
        let divergent = comparison.divergent + comparison.extra
        if !divergent.isEmpty {
            main.element("h2", text: "Articles divergents (\(divergent.count))")
        }
        let officialNumbers = Set(report.check.official.articles.map { ArticleNumber.normalized($0.number) })
        let ourNumbers = Set(comparison.ours.articles.map { ArticleNumber.normalized($0.number) })
        for number in divergent {
            let section = main.element("section", ["class": "divergence", "id": ids.unique(Self.anchor(number))])
            let heading = section.element("h3", ["class": "group-heading"])
            heading.text(number == "1" ? "Article 1er" : "Art. \(number)")
            if let href = articleLink(number) {
                heading.text(" ")
                heading.element("a", ["href": href, "class": "more"], text: "(l'article dans Chronolex)")
            }
            let status = !ourNumbers.contains(number) ? "absent du texte de Chronolex"
                : !officialNumbers.contains(number) ? "seulement dans le texte de Chronolex" : "les deux textes diffèrent"
            section.element("p", ["class": "status"], text: status)
            let changes = report.check.diff.changes.filter { $0.article.map(ArticleNumber.normalized) == number }
            if changes.isEmpty {
                section.element("p", ["class": "note"], text: "Aucune différence de mots à montrer (la différence tient à la mise en forme).")
            }
            for change in changes {
                HTMLDiffRenderer.appendChange(change, to: section, id: ids.unique("check-" + change.anchor), labels: labels, layout: .inline,
                                              sourceNumbers: [:], prefix: "", attributions: false)
            }
            appendInstructions(number, report: report, links: links, into: section)
        }
    }

    /// The articles that differ in a row each: status and word edit distance, a link to
    /// its word diff below; then the identical ones in one line (distance 0).
    static func appendArticleTable(_ report: CheckReport, into element: HTMLElement) {
        let differing = report.articles.filter { $0.status != .identical }
        let name = { (number: String) in number == "1" ? "Article 1er" : "Art. " + number }
        if !differing.isEmpty {
            let table = element.element("table", ["class": "articles"])
            table.element("caption", text: "Articles qui diffèrent")
            let head = table.element("thead").element("tr")
            for label in ["Article", "Résultat", "Distance (mots)"] { head.element("th", ["scope": "col"], text: label) }
            let body = table.element("tbody")
            for result in differing {
                let row = body.element("tr", ["class": result.status.rawValue, "data-article": result.number])
                row.element("th", ["scope": "row"]).element("a", ["href": "#" + anchor(result.number)], text: name(result.number))
                let label: String
                switch result.status {
                case .identical: label = "identique"
                case .divergent: label = "diverge"
                case .missing: label = "absent du texte de Chronolex"
                case .onlyOurs: label = "seulement dans le texte de Chronolex"
                }
                row.element("td", ["class": "status"], text: label)
                row.element("td", ["class": "distance"], text: decimal(result.distance))
            }
        }
        let identical = report.articles.filter { $0.status == .identical }
        guard !identical.isEmpty else { return }
        let line = element.element("p", ["class": "identical-articles"])
        line.element("strong", text: "Articles identiques (\(identical.count), distance 0)")
        line.text(" : " + identical.map { $0.number == "1" ? "art. 1er" : "art. " + $0.number }.joined(separator: ", ") + ".")
    }

    /// The instructions behind an article on the date compared: those applied (the act,
    /// its article, when it took effect, what Chronolex read) and those that were not.
    static func appendInstructions(_ number: String, report: CheckReport, links: ProvenanceLinks, into section: HTMLElement) {
        let timeline = report.timeline
        let date = report.check.comparison.date
        var applied: [(AppliedEdit, LegalDate)] = []
        if let history = timeline.histories[number] {
            for version in history.versions where version.validFrom <= date {
                for source in version.sources { applied.append((source, version.validFrom)) }
            }
        }
        let failed = timeline.outcomes.filter { outcome in
            switch outcome.status {
            case .applied, .otherAct, .noop: return false
            default: return ConsolidationSources.targetArticle(outcome.edit) == number
            }
        }
        let box = section.element("div", ["class": "instructions"])
        guard !applied.isEmpty || !failed.isEmpty else {
            box.element("p", ["class": "note"], text: "Aucune instruction lue ne vise cet article : la différence vient du texte de base ou du texte officiel.")
            return
        }
        box.element("h4", text: "Les instructions derrière cet article")
        let list = box.element("ul")
        for (source, validFrom) in applied {
            let item = list.element("li", ["class": "applied"])
            instruction(source.edit, links: links, into: item)
            item.text(", en vigueur le \((source.edit.effective?.date ?? validFrom).french) — appliquée : ")
            item.element("span", ["class": "reading"], text: DiffLabels.french.reading(source.edit))
        }
        for outcome in failed {
            let item = list.element("li", ["class": outcome.status.isFailure ? "failed" : "not-applied"])
            instruction(outcome.edit, links: links, into: item)
            if let effective = outcome.edit.effective?.date { item.text(", en vigueur le \(effective.french)") }
            item.text(" — ")
            item.element("strong", text: outcome.status.isFailure ? "non appliquée" : "pas appliquée à cette date")
            item.text(" : ")
            item.element("span", ["class": "reading"], text: DiffLabels.french.reading(outcome.edit))
            item.text(" — " + (outcome.status.reason ?? outcome.summary))
        }
    }

    /// `ACG 2022-12-15/22, art. 4, 2°, a)` (the act a link to its page or ELI).
    static func instruction(_ edit: Edit, links: ProvenanceLinks, into item: HTMLElement) {
        ConsolidatedHTML.actLink(edit.source.act, links: links, into: item)
        item.text(", " + edit.source.address)
    }


    static func anchor(_ number: String) -> String { "divergence-art-" + Address.slug(number) }

    /// `0,0123`: the distance with four decimals, as the text output prints it (with a comma).
    static func decimal(_ value: Double) -> String {
        let scaled = Int((max(0, value) * 10_000).rounded())
        let fraction = String(scaled % 10_000)
        return String(scaled / 10_000) + "," + String(repeating: "0", count: 4 - fraction.count) + fraction
    }

    /// The report's rules: the diff page's, the figures and the instructions.
    static let css = """

    .summary h2, main > h2 { font-size: 1.1em; margin: 1em 0 .4em; }
    table.figures { border-collapse: collapse; margin: .3em 0 .6em; }
    table.figures th, table.figures td { text-align: left; padding: .15em .8em .15em 0; border-bottom: 1px solid #ddd; vertical-align: top; }
    table.figures th { font-weight: normal; }
    table.figures td { font-weight: bold; font-variant-numeric: tabular-nums; }
    table.articles { border-collapse: collapse; margin: .4em 0 .5em; font-size: .9em; }
    p.identical-articles { font-size: .9em; text-align: left; }
    table.articles caption { text-align: left; font-weight: bold; padding: .2em 0; }
    table.articles th, table.articles td { text-align: left; padding: .1em 1em .1em 0; border-bottom: 1px solid #eee; }
    table.articles thead th { border-bottom: 1px solid #888; }
    table.articles td.distance { text-align: right; font-variant-numeric: tabular-nums; }
    table.articles tr.divergent td.status, table.articles tr.missing td.status, table.articles tr.onlyOurs td.status { color: #8a1c12; font-weight: bold; }
    .verdict { font-weight: bold; }
    .verdict.diverges { color: #8a1c12; }
    .verdict.agrees { color: #14532d; }
    .index { font-size: .92em; }
    .divergence { margin: 1.4em 0; }
    .divergence .status { font-style: italic; color: #444; margin: 0 0 .3em; }
    .instructions { font-size: .9em; margin: .5em 0 0; padding: .3em .6em; background: #f7f7f7; border: 1px solid #ddd; }
    .instructions h4 { margin: .1em 0 .2em; font-size: 1em; }
    .instructions ul { margin: .1em 0; padding-left: 1.2em; }
    .instructions li { margin: .15em 0; }
    .instructions li.failed strong { color: #900; }
    .instructions .reading { font-family: "Source Sans Pro", "Helvetica Neue", Arial, sans-serif; font-size: .95em; }
    a.more { font-size: .8em; font-weight: normal; }
    @media print {
      .instructions { background: none; border-color: #999; }
      .divergence { break-inside: auto; }
    }
    """

    /// The stylesheet of the report page.
    public static var stylesheet: String { DiffStyle.css + css }
}
