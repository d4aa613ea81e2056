import ChronolexAmendments
import ChronolexModel
import ChronolexTimeline
import ChronolexXML

/// Where the links of a consolidated act's page go. The command line's page stands alone:
/// an amending act links to its ELI, nothing else leaves the page. The reading room links
/// to its own pages (an act, the act on a date, an article's versions).
public struct ProvenanceLinks {
    /// The page of an amending act; `nil`: its ELI, when known.
    public var act: (AmendingActRef) -> String?
    /// The page of the act (or of the article shown) on a date; `nil`: no link.
    public var version: (LegalDate) -> String?
    /// The page of an article's versions; `nil`: none.
    public var articleHistory: (String) -> String?

    public init(act: @escaping (AmendingActRef) -> String? = { _ in nil }, version: @escaping (LegalDate) -> String? = { _ in nil },
                articleHistory: @escaping (String) -> String? = { _ in nil }) {
        self.act = act
        self.version = version
        self.articleHistory = articleHistory
    }

    /// A page that stands alone (a file): amending acts link to their ELI.
    public static var standalone: ProvenanceLinks { ProvenanceLinks() }
}

/// Writes a consolidated act with its provenance, for every page that shows one (the
/// command line's `consolidate --format html`, the reading room's act page): each article
/// with the markers of the amending acts that wrote its words (`[3 … ]3`, beside Justel's
/// own markers in a Justel text) and its notes under it (the act, its article, the date it
/// took effect, a link to its ELI), the versions of the act, and a table of contents.
/// Built through libxml2 (``HTMLDocument``): every text is escaped by construction.
public enum ConsolidatedHTML {
    /// More articles than this, and the page gets a table of contents.
    public static let tableOfContentsThreshold = 1

    /// The act as its page's header shows it: the base text's own update date and entry into
    /// force are not those of this text (they are said as its source, among the facts).
    public static func shown(_ act: Act, _ timeline: Timeline) -> Act {
        var shown = act
        shown.metadata.consolidatedOn = nil
        shown.metadata.justelNote = nil
        if timeline.entryIntoForce != nil { shown.metadata.entryIntoForce = nil }
        return shown
    }

    /// "Texte consolidé au 1er janvier 2024, tel que connu le … — article 9".
    public static func subtitle(at date: LegalDate, knownOn: LegalDate?, article: String? = nil) -> String {
        var subtitle = "Texte consolidé au \(date.french)"
        if let knownOn { subtitle += ", tel que connu le \(knownOn.french)" }
        if let article { subtitle += " — article \(article)" }
        return subtitle
    }

    /// The whole act (or the one article it holds, with `article`) as it stood on `date`,
    /// as one self-contained, printable page: no script, nothing fetched.
    ///
    /// - Complexity: O(n) in the size of the act, plus its articles' histories.
    public static func render(_ act: Act, timeline: Timeline, at date: LegalDate, knownOn: LegalDate? = nil, article: String? = nil) -> String {
        let metadata = act.metadata
        let document = HTMLDocument(language: metadata.language?.rawValue ?? "fr")
        let head = document.root.element("head")
        head.element("meta", ["http-equiv": "Content-Type", "content": "text/html; charset=utf-8"])
        head.element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        let title = metadata.title ?? act.file ?? "Acte"
        head.element("title", text: title + " — texte consolidé au " + date.french)
        head.element("style", text: stylesheet)
        let body = document.root.element("body", ["class": "consolidated"])
        HTMLRenderer.appendHeader(of: shown(act, timeline), subtitle: subtitle(at: date, knownOn: knownOn, article: article),
                                  extraFacts: facts(timeline), to: body)
        if let note = timeline.base.metadata.justelNote, !note.isEmpty {
            body.element("p", ["class": "note justel-note"], text: "Note de Justel : " + note)
        }
        notice(timeline, at: date, into: body)
        let versions = ActVersions(timeline, article: article)
        let present = Set(act.articles.map { ArticleNumber.normalized($0.number) })
        let section = body.element("section", ["class": "versions", "id": "versions"])
        section.element("h2", text: article == nil ? "Versions de l'acte" : "Versions de l'article \(article ?? "")")
        appendVersions(versions, at: date, links: .standalone, detailed: true, present: present, into: section)
        appendSources(ConsolidationSources(timeline, at: date, article: article), at: date, links: .standalone, present: present, into: body)
        if article == nil, act.articles.count > tableOfContentsThreshold {
            let nav = body.element("nav", ["class": "toc", "id": "sommaire", "aria-label": "Table des matières"])
            nav.element("h2", text: "Sommaire")
            appendTableOfContents(act.body, language: act.metadata.language, into: nav.element("ul"))
        }
        let main = body.element("main")
        for line in act.preamble { main.element("p", ["class": "preamble"], text: line.text) }
        if act.articles.isEmpty {
            main.element("p", ["class": "notice"], text: "Aucun article n'est en vigueur au \(date.french).")
        }
        HTMLRenderer.appendBody(of: act, to: main, in: document, annotator: ProvenanceAnnotator(timeline: timeline, at: date, links: .standalone))
        return document.serialized()
    }

    /// The facts of a consolidation: its base text and the act's entry into force.
    public static func facts(_ timeline: Timeline) -> [(String, String?)] {
        [("Entrée en vigueur", timeline.entryIntoForce?.french), ("Texte de base", baseText(timeline))]
    }

    /// What the consolidation starts from: `l'acte tel que publié`, or Justel's text of a date.
    public static func baseText(_ timeline: Timeline) -> String {
        timeline.base.metadata.consolidatedOn.map { "texte consolidé de Justel, mis à jour au \($0.french)" } ?? "l'acte tel que publié"
    }

    /// Before the update date of a Justel text, what is known is said.
    public static func notice(_ timeline: Timeline, at date: LegalDate, into element: HTMLElement) {
        if let state = timeline.base.metadata.consolidatedOn, date < state {
            element.element("p", ["class": "notice"], text: "Le texte de base est l'état de Justel au \(state.french) : avant cette date, seules les parties que ses notes ne disent pas modifiées sont connues.")
        }
    }

    /// The versions as a list, oldest first, the one in force on `date` marked. `detailed`
    /// adds the amending acts and the articles they changed (each article a link to its
    /// anchor when it stands in the page: `present`), and the changes a Justel text's notes
    /// record; otherwise each version is its date, a link when `links.version` gives one.
    public static func appendVersions(_ versions: ActVersions, at date: LegalDate, links: ProvenanceLinks, detailed: Bool,
                                      present: Set<String> = [], into element: HTMLElement) {
        let list = element.element("ol", ["class": "versions"])
        let current = versions.current(at: date)?.date
        for version in versions.versions {
            let item = list.element("li", version.date == current ? ["class": "current"] : version.date > date ? ["class": "later"] : [:])
            let label = version.isBase ? (version.date == Timeline.earliest ? "texte de base" : version.date.french + " — texte de base")
                                       : version.date.french
            if let href = links.version(version.date) {
                item.element("a", ["href": href], text: label)
            } else {
                item.element("span", ["class": "date"], text: label)
            }
            guard detailed else { continue }
            if !version.acts.isEmpty {
                item.text(" — ")
                for (k, act) in version.acts.enumerated() {
                    if k > 0 { item.text(", ") }
                    actLink(act, links: links, into: item)
                }
            }
            if !version.articles.isEmpty {
                item.text(" : ")
                for (k, number) in version.articles.enumerated() {
                    if k > 0 { item.text(", ") }
                    let text = "art. " + number
                    if version.date <= date, present.contains(number) {
                        item.element("a", ["href": "#" + Address(article: number).anchor], text: text)
                    } else {
                        item.text(text)
                    }
                }
            }
            if version.date == current { item.element("span", ["class": "flag"], text: " (version affichée)") }
            if version.date > date { item.element("span", ["class": "flag"], text: " (pas encore en vigueur le \(date.french))") }
        }
        guard detailed, !versions.justel.isEmpty else { return }
        element.element("h3", text: "Modifications antérieures, d'après les notes de Justel")
        element.element("p", ["class": "note"], text: "Le texte de ces articles avant ces modifications n'est pas dans les fichiers lus.")
        let earlier = element.element("ol", ["class": "versions justel"])
        for change in versions.justel {
            let item = earlier.element("li")
            item.element("span", ["class": "date"], text: change.date?.french ?? "date inconnue")
            item.text(" — " + change.citation + " : " + change.articles.map { "art. " + $0 }.joined(separator: ", "))
        }
    }

    /// The amending acts the text is made of, one row each: its citation and title (a link
    /// to its ELI when known), numac, publication, the dates it took effect and the articles
    /// it changed; then those published but not yet in force on `date`, and the
    /// instructions not applied (pending a date, or failed), each with its reason.
    public static func appendSources(_ sources: ConsolidationSources, at date: LegalDate, links: ProvenanceLinks,
                                     present: Set<String> = [], into element: HTMLElement) {
        let section = element.element("section", ["class": "sources", "id": "actes-modificatifs"])
        section.element("h2", text: "Actes modificatifs appliqués (\(sources.applied.count))")
        if sources.applied.isEmpty {
            section.element("p", ["class": "note"], text: "Aucun acte modificatif n'a changé ce texte au \(date.french) : c'est le texte de base.")
        } else {
            sourceTable(sources.applied, links: links, present: present, into: section)
        }
        if !sources.later.isEmpty {
            section.element("h3", text: "Publiés, pas encore en vigueur le \(date.french) (\(sources.later.count))")
            sourceTable(sources.later, links: links, present: [], into: section)
        }
        guard !sources.notApplied.isEmpty else { return }
        section.element("h3", ["class": "not-applied"], text: "Instructions non appliquées (\(sources.notApplied.count))")
        let list = section.element("ul", ["class": "not-applied"])
        for outcome in sources.notApplied {
            let item = list.element("li", ["class": outcome.status.isFailure ? "failed" : "pending"])
            actLink(outcome.edit.source.act, links: links, into: item)
            item.text(", " + outcome.edit.source.address + " — ")
            item.element("strong", text: outcome.status.isFailure ? "non appliquée" : "en attente d'une date")
            item.text(" : ")
            item.element("span", ["class": "reading"], text: DiffLabels.french.reading(outcome.edit))
            item.text(" — " + (outcome.status.reason ?? outcome.summary))
        }
    }

    private static func sourceTable(_ sources: [ConsolidationSources.Source], links: ProvenanceLinks, present: Set<String>, into element: HTMLElement) {
        let table = element.element("table", ["class": "sources"])
        let head = table.element("thead").element("tr")
        for label in ["Acte", "Numac", "Publication", "En vigueur", "Articles modifiés"] { head.element("th", ["scope": "col"], text: label) }
        let body = table.element("tbody")
        for source in sources {
            let act = source.act
            let row = body.element("tr")
            let cell = row.element("td", ["class": "act"])
            let name = cell.element("span", ["class": "citation"])
            actLink(act, links: links, into: name)
            if let title = act.title {
                cell.text(" — " + (act.date.map { $0.french + ". " } ?? "") + title)
            }
            if let eli = act.eliLink {
                cell.text(" ")
                cell.element("a", ["href": eli, "class": "eli", "rel": "external"], text: "ELI")
            }
            row.element("td", ["class": "numac"], text: act.numac ?? "—")
            row.element("td", text: act.publication?.french ?? "—")
            row.element("td", text: source.effective.isEmpty ? "—" : source.effective.map(\.french).joined(separator: ", "))
            let articles = row.element("td")
            for (k, number) in source.articles.enumerated() {
                if k > 0 { articles.text(", ") }
                if present.contains(number) {
                    articles.element("a", ["href": "#" + Address(article: number).anchor], text: "art. " + number)
                } else {
                    articles.text("art. " + number)
                }
            }
            if source.articles.isEmpty { articles.text("intitulé ou structure") }
        }
    }

    /// The divisions and articles of an act, nested, each a link to its anchor.
    public static func appendTableOfContents(_ body: [BodyElement], language: Language? = nil, into list: HTMLElement) {
        for element in body {
            switch element {
            case .article(let article):
                list.element("li").element("a", ["href": "#" + article.address.anchor], text: Headings.article(article, language: language))
            case .division(let division):
                let item = list.element("li")
                item.element("a", ["href": "#" + Address.slug(division.citation)], text: division.printedHeadingLine(language: language))
                if !division.children.isEmpty { appendTableOfContents(division.children, language: language, into: item.element("ul")) }
            }
        }
    }

    /// A change left pending (``PendingChanges``), in one line: `DCG 2024-03-18/05, art. 2 —
    /// remplacement de « … » par « … » dans art. 8, al. 1 — à une date fixée par le Gouvernement`.
    public static func appendPending(_ outcome: EditOutcome, links: ProvenanceLinks, into element: HTMLElement) {
        actLink(outcome.edit.source.act, links: links, into: element)
        element.text(", " + outcome.edit.source.address + " — ")
        element.element("span", ["class": "reading"], text: DiffLabels.french.reading(outcome.edit))
        element.text(" — " + (outcome.status.reason ?? outcome.summary))
    }

    /// « date fixée par ACG 2020-11-20/03, art. 1 (arrêté du Gouvernement du 20 novembre
    /// 2020) »: the act that fixed the date of a change its own act left to be fixed
    /// (``Edit/datedBy``), after `lead` (« , »).
    public static func appendDatedBy(_ by: EditSource, links: ProvenanceLinks, lead: String = ", ", into element: HTMLElement) {
        element.text(lead + "date fixée par ")
        actLink(by.act, links: links, into: element)
        element.text(", " + by.address + " (" + ArticleProvenance.Note.name(by.act) + ")")
    }

    /// An amending act's citation (`ACG 2022-12-15/22`), a link to its page or its ELI.
    static func actLink(_ act: AmendingActRef, links: ProvenanceLinks, into element: HTMLElement) {
        if let href = links.act(act) ?? act.eliLink {
            element.element("a", ["href": href, "title": act.title ?? act.justelCitation], text: act.justelCitation)
        } else {
            element.text(act.justelCitation)
        }
    }

    /// The rules of the provenance, after the act pages' stylesheet.
    public static let css = """

    .justel-note { font-size: .9em; }
    section.versions { font-size: .92em; margin: 0 0 1.2em; }
    section.versions h2 { font-size: 1.05em; margin: .6em 0 .3em; }
    section.versions h3 { font-size: 1em; margin: .6em 0 .2em; }
    ol.versions { margin: .2em 0; padding-left: 1.4em; }
    ol.versions li { margin: .1em 0; }
    ol.versions li.current { font-weight: bold; }
    ol.versions li.current a { font-weight: normal; }
    ol.versions li.current > a:first-child { font-weight: bold; }
    ol.versions li.later { color: #555; }
    ol.versions .flag { font-style: italic; font-weight: normal; }
    nav.toc { font-size: .9em; margin: 0 0 1.2em; }
    nav.toc h2 { font-size: 1.05em; margin: .6em 0 .3em; }
    nav.toc ul { list-style: none; padding-left: .9em; margin: .1em 0; }
    nav.toc > ul { padding-left: 0; columns: 3 14em; }
    nav.toc li { break-inside: avoid; }
    section.sources { font-size: .9em; margin: 0 0 1.2em; }
    section.sources h2 { font-size: 1.05em; margin: .6em 0 .3em; }
    section.sources h3 { font-size: 1em; margin: .6em 0 .2em; }
    table.sources { border-collapse: collapse; width: 100%; }
    table.sources th, table.sources td { text-align: left; vertical-align: top; padding: .2em .5em .2em 0; border-bottom: 1px solid #ddd; }
    table.sources th { font-weight: bold; border-bottom: 1px solid #888; }
    table.sources td.numac { font-variant-numeric: tabular-nums; white-space: nowrap; }
    table.sources .citation { font-weight: bold; white-space: nowrap; }
    ul.not-applied li.failed strong { color: #900; }
    .provenance { font-size: .85em; color: #333; margin: .3em 0 .8em; }
    .provenance ol.notes { margin-bottom: .2em; }
    .provenance p { margin: .1em 0 .1em .6em; text-align: left; }
    .notice { background: #f3f3f3; border: 1px solid #ccc; padding: .5em .8em; }
    @media print {
      section.versions, nav.toc { break-after: avoid-page; }
      table.sources tr { break-inside: avoid; }
      nav.toc > ul { columns: 2; }
      .notice { border-color: #999; }
    }
    """

    /// The act pages' stylesheet with the provenance's rules.
    public static var stylesheet: String { HTMLRenderer.stylesheet + css }
}

/// The provenance of each article as the act is written (``HTMLAnnotator``): the markers
/// of Chronolex's notes in the words, the notes under the article (after Justel's), the
/// date its version took effect and the versions to come.
public final class ProvenanceAnnotator: HTMLAnnotator {
    let timeline: Timeline
    let date: LegalDate
    let links: ProvenanceLinks
    private var current: ArticleProvenance?
    /// The changes left pending, known on the date, by the article they aim at.
    private let pending: [String: [EditOutcome]]

    public init(timeline: Timeline, at date: LegalDate, links: ProvenanceLinks) {
        self.timeline = timeline
        self.date = date
        self.links = links
        pending = PendingChanges(timeline, at: date).byArticle
    }

    public func beginArticle(_ article: Article) -> HTMLArticleNotes {
        let first = (article.footnotes.map(\.number).max() ?? 0) + 1
        let provenance = ArticleProvenance(article, timeline: timeline, at: date, firstNumber: first)
        current = provenance
        var titles: [Int: String] = [:]
        for note in provenance.notes { titles[note.number] = note.summary }
        return HTMLArticleNotes(wholeArticle: provenance.wholeArticle, titles: titles)
    }

    public func marks(at address: Address, text: String) -> [JustelMark] {
        current?.marks(at: address.description, text: text) ?? []
    }

    public func elisions(at address: Address, text: String) -> [JustelMark] {
        current?.elisions(at: address.description, text: text) ?? []
    }

    public func endArticle(_ article: Article, element: HTMLElement, id: String) {
        guard let provenance = current else { return }
        current = nil
        let history = links.articleHistory(article.number)
        // The base text's articles say nothing more than the header, unless more is to come.
        let since = provenance.isBaseText ? nil : provenance.since
        let waiting = pending[ArticleNumber.normalized(article.number)] ?? []
        guard !provenance.notes.isEmpty || since != nil || !provenance.later.isEmpty || history != nil || !waiting.isEmpty else { return }
        let box = element.element("div", ["class": "provenance"])
        if !provenance.notes.isEmpty {
            let list = box.element("ol", ["class": "notes chronolex-notes", "aria-label": "Modifications appliquées par Chronolex"])
            for note in provenance.notes {
                let item = list.element("li", ["id": HTMLRenderer.noteID(id, note.number)])
                item.element("span", ["class": "note-number"], text: "(\(note.number))")
                item.text(" " + note.verb + " ")
                ConsolidatedHTML.actLink(note.act, links: links, into: item)
                item.text(", " + note.places.joined(separator: " et ") + " (" + note.actName + ")")
                item.text(note.effective.map { ", en vigueur le " + $0.french } ?? ", date d'effet inconnue")
                // A date another act fixed: that act named (look 26), as `history` names it.
                if let by = note.datedBy { ConsolidatedHTML.appendDatedBy(by, links: links, into: item) }
                item.text(".")
                if links.act(note.act) != nil, let eli = note.act.eliLink {
                    item.text(" ")
                    item.element("a", ["href": eli, "class": "eli", "rel": "external"], text: "ELI")
                }
            }
        }
        // A change left pending, not in the text shown: said beside it (look 26), as
        // `consolidate` warns of it.
        for outcome in waiting {
            let line = box.element("p", ["class": "pending"])
            line.element("strong", text: "En attente d'une date, non appliquée :")
            line.text(" ")
            ConsolidatedHTML.appendPending(outcome, links: links, into: line)
            line.text(".")
        }
        guard since != nil || !provenance.later.isEmpty || history != nil else { return }
        let line = box.element("p", ["class": "since"])
        if let since { line.text("Version en vigueur depuis le " + since.french + ".") }
        for (validFrom, acts) in provenance.later {
            line.text(" Modifié à partir du \(validFrom.french) par ")
            for (k, act) in acts.enumerated() {
                if k > 0 { line.text(", ") }
                ConsolidatedHTML.actLink(act, links: links, into: line)
            }
            line.text(" (pas encore en vigueur).")
        }
        if let history {
            line.text(" ")
            line.element("a", ["href": history], text: provenance.versionCount > 1 ? "Les \(provenance.versionCount) versions de l'article" : "Versions de l'article")
        }
    }
}
