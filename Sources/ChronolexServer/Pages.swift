import ChronolexAmendments
import ChronolexDiff
import ChronolexIndex
import ChronolexModel
import ChronolexTimeline
import ChronolexWorkspace
import ChronolexXML

/// The pages of the reading room, each from the answer the library gives.
enum Pages {
    // MARK: Home and search

    static func home(_ counts: (files: Int, acts: Int, articles: Int, citations: Int, unreadable: Int)) -> String {
        let page = Page(title: "Accueil")
        page.main.element("h1", text: "Chronolex")
        page.main.element("p", text: "La législation belge consolidée dans le temps : cherchez un acte par son numac, par les mots de son titre ou par les mots de ses articles.")
        page.main.element("p", ["class": "notice"], text: "\(counts.acts) actes, \(counts.articles) articles, \(counts.citations) citations d'actes modifiés dans l'index.")
        return page.serialized()
    }

    static func search(_ query: String, titles: [IndexedAct], articles: [SearchHit]) -> String {
        let page = Page(title: "Recherche : \(query)", query: query)
        page.main.element("h1", text: "Recherche : « \(query) »")
        page.main.element("h2", text: "Actes (\(titles.count))")
        let list = page.main.element("ul", ["class": "results"])
        for act in titles {
            let item = list.element("li")
            item.element("a", ["href": Links.act(act.numac ?? "")], text: "\(act.numac ?? "") — \(act.title ?? "")")
            item.text(" (" + [act.kind?.frenchName, act.date?.french, act.authority].compactMap { $0 }.joined(separator: ", ") + ")")
        }
        page.main.element("h2", text: "Articles (\(articles.count))")
        let hits = page.main.element("ul", ["class": "results"])
        for hit in articles {
            let item = hits.element("li")
            item.element("a", ["href": Links.act(hit.numac ?? "", anchor: Address(article: hit.article).anchor)], text: "Art. \(hit.article) — \(hit.title ?? hit.numac ?? "")")
            item.element("br")
            item.text(hit.excerpt)
        }
        if titles.isEmpty, articles.isEmpty { page.main.element("p", text: "Aucun acte ni article ne contient tous ces mots.") }
        return page.serialized()
    }

    // MARK: An act at a date

    /// A notice above the text: `lead`, then one list item per entry of `items` filled by
    /// `fill` — twenty at most, the others counted — or nothing when `items` is empty.
    static func noticeList<Item>(_ main: HTMLElement, _ items: [Item], lead: String, fill: (Item, HTMLElement) -> Void) {
        guard !items.isEmpty else { return }
        let notice = main.element("div", ["class": "notice"])
        notice.element("p", text: lead)
        let list = notice.element("ul")
        for entry in items.prefix(20) { fill(entry, list.element("li")) }
        if items.count > 20 { list.element("li", text: "… et \(items.count - 20) autres (voir « Actes modificatifs »)") }
    }

    /// « l'acte le fait entrer en vigueur « à une date fixée par le Roi » (son article 10),
    /// date fixée par AR 2020-11-10/03, art. 1 (…) : le 1er janvier 2021 »: when the act dates
    /// one of its own articles apart, and the act that fixed that day, if one did.
    static func appendDating(_ dating: ArticleDating, into element: HTMLElement) {
        switch dating.own {
        case .pending(let why): element.text("l'acte le fait entrer en vigueur « \(why) » (son article \(dating.article))")
        case .date(let day): element.text("l'acte le fait entrer en vigueur le \(day.french) (son article \(dating.article))")
        }
        if let fixed = dating.fixed, let by = dating.fixedBy {
            ConsolidatedHTML.appendDatedBy(by, links: Links.provenance, into: element)
            element.text(" : le \(fixed.french)")
        }
    }

    static func act(_ consolidation: Consolidation, numac: String, at date: LegalDate, knownOn: LegalDate?, article number: String?) -> String {
        let consolidated = consolidation.consolidated
        let timeline = consolidated.timeline
        var act: Act
        // After the act's own end (« cesse d'être en vigueur le … »): said, no text shown as law.
        let end = timeline.end(at: date)
        if end != nil {
            act = timeline.base
            act.metadata.title = timeline.titles.last { $0.validFrom <= date }?.title ?? timeline.base.metadata.title
            act.preamble = []
            act.body = []
        } else if let number {
            // One article: its version alone, not the whole act rebuilt.
            act = timeline.base
            act.metadata.title = timeline.titles.last { $0.validFrom <= date }?.title ?? timeline.base.metadata.title
            act.preamble = []
            act.body = timeline.article(number, at: date).map { [.article($0.article)] } ?? []
        } else {
            act = timeline.act(at: date)
        }
        let metadata = act.metadata
        let page = Page(title: metadata.title ?? numac)
        let shown = ConsolidatedHTML.shown(act, timeline)
        let subtitle = ConsolidatedHTML.subtitle(at: date, knownOn: knownOn)
        // The index knows the base text's state; the timeline's own facts (entry into force, base text).
        let base = consolidation.selection.base.justelState.map { "texte consolidé de Justel, mis à jour au \($0.french)" } ?? ConsolidatedHTML.baseText(timeline)
        HTMLRenderer.appendHeader(of: shown, subtitle: subtitle, extraFacts: [("Entrée en vigueur", timeline.entryIntoForce?.french), ("Texte de base", base)],
                                  to: page.main)
        dateForm(page.main, numac: numac, at: date, knownOn: knownOn, article: number)
        if let state = consolidation.selection.base.justelState, date < state {
            page.main.element("p", ["class": "notice"], text: "Le texte de base est l'état de Justel au \(state.french) : avant cette date, seules les parties que ses notes ne disent pas modifiées sont connues.")
        }
        // What could not be read or applied and can reach this text (the act, or the article
        // shown, on this date): said above the text, as the command line says it (look 23: the
        // page printed the text without the failed instructions, without a word).
        let failures = end == nil ? consolidated.report(keepGoing: true, article: number, at: [date]).filter(\.skipped) : []
        noticeList(page.main, failures, lead: failures.count == 1
            ? "Une instruction visant ce texte n'a pas pu être lue ou appliquée ; le texte ci-dessous ne la contient pas :"
            : "\(failures.count) instructions visant ce texte n'ont pas pu être lues ou appliquées ; le texte ci-dessous ne les contient pas :") { failure, item in
            var failure = failure
            failure.severity = .error
            if failure.message.hasPrefix("skipped: ") { failure.message.removeFirst("skipped: ".count) }
            item.text(failure.description)
        }
        // A change left pending (its entry into force not dated) that can reach this text:
        // said above it as the command line warns of it, and beside its article (look 26: only
        // the amending acts' page said it).
        let waiting = end == nil ? PendingChanges(timeline, at: date).of(article: number) : []
        noticeList(page.main, waiting, lead: waiting.count == 1
            ? "Une modification visant ce texte est en attente d'une date ; le texte ci-dessous ne la contient pas :"
            : "\(waiting.count) modifications visant ce texte sont en attente d'une date ; le texte ci-dessous ne les contient pas :") { outcome, item in
            ConsolidatedHTML.appendPending(outcome, links: Links.provenance, into: item)
        }
        // A base article the act dates apart, not in force on this day (« …, à l'exception de
        // l'article 9, qui entre en vigueur à une date fixée par le Roi »): said above the text,
        // as `consolidate` warns of it (session 33: the page went from art. 8 to art. 10 without
        // a word). On one article's page, said where its text would be.
        let absent = end == nil && number == nil ? timeline.notInForce(at: date) : []
        noticeList(page.main, absent, lead: absent.count == 1
            ? "Un article de l'acte n'est pas encore en vigueur à cette date ; le texte ci-dessous ne le contient pas :"
            : "\(absent.count) articles de l'acte ne sont pas encore en vigueur à cette date ; le texte ci-dessous ne les contient pas :") { entry, item in
            item.text("Art. \(entry.article) — ")
            appendDating(entry.dating, into: item)
        }
        let links = page.main.element("p")
        links.element("a", ["href": "/act/\(numac)/amending"], text: "Actes modificatifs")
        links.text(" · ")
        links.element("a", ["href": "/act/\(numac)/check"], text: "Comparaison avec le texte officiel")
        if let number {
            links.text(" · ")
            links.element("a", ["href": Links.history(numac, article: number)], text: "Versions de l'article \(number)")
            links.text(" · ")
            links.element("a", ["href": Links.act(numac, at: date, knownOn: knownOn)], text: "Tout l'acte")
        }
        let layout = page.main.element("div", ["class": "layout"])
        let side = layout.element("nav", ["class": "toc", "aria-label": "Table des matières"])
        side.element("h2", text: "Versions")
        ConsolidatedHTML.appendVersions(ActVersions(timeline, article: number), at: date,
                                        links: ProvenanceLinks(version: { Links.act(numac, at: $0, knownOn: knownOn, article: number) }),
                                        detailed: false, into: side)
        if number == nil {
            side.element("h2", text: "Sommaire")
            ConsolidatedHTML.appendTableOfContents(act.body, language: act.metadata.language, into: side.element("ul"))
        }
        let text = layout.element("div", ["class": "text"])
        if let end {
            text.element("p", ["class": "notice"], text: "L'acte n'est plus en vigueur au \(date.french) : selon son article \(end.article), il cesse d'être en vigueur le \(end.date.french) (lu comme son premier jour hors vigueur).")
        } else if act.articles.isEmpty, let number,
                  let dating = timeline.notInForce(at: date).first(where: { $0.article == ArticleNumber.normalized(number) })?.dating {
            let notice = text.element("p", ["class": "notice"])
            notice.text("L'article \(number) n'est pas encore en vigueur au \(date.french) : ")
            appendDating(dating, into: notice)
            notice.text(".")
        } else if act.articles.isEmpty {
            text.element("p", ["class": "notice"], text: number.map { "L'article \($0) n'existe pas au \(date.french)." } ?? "L'acte n'est pas en vigueur au \(date.french) : il l'est à partir du \(timeline.start.french).")
        }
        let annotator = ProvenanceAnnotator(timeline: timeline, at: date, links: ProvenanceLinks(
            act: { $0.numac.map { Links.act($0) } },
            articleHistory: { Links.history(numac, article: $0) }))
        HTMLRenderer.appendBody(of: act, to: text, in: page.document, annotator: annotator)
        return page.serialized()
    }

    /// The date form (a GET form: a bookmarkable address).
    static func dateForm(_ element: HTMLElement, numac: String, at date: LegalDate, knownOn: LegalDate?, article: String?) {
        let form = element.element("form", ["class": "dates", "action": "/act/\(numac)", "method": "get"])
        let at = form.element("label", text: "En vigueur le ")
        at.element("input", ["type": "date", "name": "at", "value": date.iso])
        let known = form.element("label", text: "Tel que connu le ")
        known.element("input", ["type": "date", "name": "known", "value": knownOn?.iso ?? ""])
        if let article { form.element("input", ["type": "hidden", "name": "article", "value": article]) }
        form.element("button", ["type": "submit"], text: "Afficher")
    }

    /// The sources of a version by amending act, each act's instructions once, in order,
    /// with the acts that fixed their dates (``Edit/datedBy``).
    static func byAct(_ sources: [AppliedEdit]) -> [(act: AmendingActRef, places: [String], datedBy: [EditSource])] {
        var result: [(act: AmendingActRef, places: [String], datedBy: [EditSource])] = []
        for source in sources {
            let act = source.edit.source.act
            let place = source.edit.source.address
            let k: Int
            if let known = result.firstIndex(where: { $0.act == act }) {
                k = known
                if !result[k].places.contains(place) { result[k].places.append(place) }
            } else {
                result.append((act, [place], []))
                k = result.count - 1
            }
            if let by = source.edit.datedBy, !result[k].datedBy.contains(by) { result[k].datedBy.append(by) }
        }
        return result
    }

    // MARK: One article through time

    static func history(_ consolidation: Consolidation, numac: String, article number: String) throws -> String {
        let history: ArticleHistory
        switch consolidation.consolidated.history(of: number) {
        case .success(let found): history = found
        case .failure(let diagnostic): throw PageError.notFound(diagnostic.message)
        }
        let title = consolidation.consolidated.base.metadata.title ?? numac
        let page = Page(title: "Art. \(number) — \(title)")
        page.main.element("h1", text: "Article \(number) : ses versions")
        page.main.element("p").element("a", ["href": Links.act(numac)], text: title)
        let table = page.main.element("table", ["class": "list"])
        let head = table.element("tr")
        for label in ["Version", "En vigueur", "Par", "Comparer"] { head.element("th", text: label) }
        var previous: ArticleVersion?
        let end = consolidation.consolidated.timeline.end
        for (k, version) in history.versions.enumerated() {
            let row = table.element("tr")
            row.element("td").element("a", ["href": Links.act(numac, at: version.validFrom, article: number)], text: "\(k + 1)")
            // The last day in force: the next version's eve, or the act's own end's (look 24).
            let until = HistoryRenderer.until(version, end: end)
            row.element("td", text: version.validFrom == Timeline.earliest ? "texte de base" : "du \(version.validFrom.french)" + (until.map { " au \($0.french)" } ?? ""))
            let by = row.element("td")
            for (act, places, datedBy) in Self.byAct(version.sources) {
                let line = by.element("div")
                line.element("a", ["href": Links.act(act.numac ?? "")], text: act.justelCitation)
                line.text(", " + places.joined(separator: ", "))
                // A date another act fixed: that act named, as `history` names it (look 26).
                for fixing in datedBy { ConsolidatedHTML.appendDatedBy(fixing, links: Links.provenance, into: line) }
            }
            let compare = row.element("td")
            if let previous {
                compare.element("a", ["href": Links.diff(numac, from: previous.validFrom, to: version.validFrom, article: number)], text: "avec la version \(k)")
                compare.text(" · ")
                compare.element("a", ["href": Links.diff(numac, from: previous.validFrom, to: version.validFrom, article: number, sideBySide: true)], text: "côte à côte")
            }
            previous = version
        }
        if let end {
            page.main.element("p", ["class": "notice"], text: "L'acte cesse d'être en vigueur le \(end.date.french), selon son article \(end.article) : aucune version n'est en vigueur à partir de ce jour.")
        }
        // A change to come whose date is not fixed: not among the versions, said under them (look 26).
        for outcome in PendingChanges(consolidation.consolidated.timeline).of(article: number) {
            let line = page.main.element("p", ["class": "notice"])
            line.element("strong", text: "En attente d'une date, non appliquée :")
            line.text(" ")
            ConsolidatedHTML.appendPending(outcome, links: Links.provenance, into: line)
            line.text(".")
        }
        return page.serialized()
    }

    static func diff(_ consolidation: Consolidation, from: LegalDate, to: LegalDate, article: String?, sideBySide: Bool) throws -> String {
        switch consolidation.consolidated.diff(from: from, to: to, article: article) {
        case .success(let diff): return HTMLDiffRenderer.render(diff, layout: sideBySide ? .sideBySide : .inline)
        case .failure(let diagnostic): throw PageError.notFound(diagnostic.message)
        }
    }

    // MARK: The amending acts

    static func amending(_ consolidation: Consolidation, numac: String) -> String {
        let title = consolidation.consolidated.base.metadata.title ?? numac
        let page = Page(title: "Actes modificatifs — \(title)")
        page.main.element("h1", text: "Les actes qui modifient l'acte \(numac)")
        page.main.element("p").element("a", ["href": Links.act(numac)], text: title)
        for line in consolidation.selection.summary { page.main.element("p", ["class": "note"], text: line) }
        let outcomes = consolidation.consolidated.timeline.outcomes
        for amendment in consolidation.selection.amending {
            let section = page.main.element("section")
            let heading = section.element("h2")
            heading.element("a", ["href": Links.act(amendment.act.numac ?? "")], text: "\(amendment.act.numac ?? "") — \(amendment.act.title ?? "")")
            Page.facts([("Date", amendment.act.date?.french), ("Publication", amendment.act.publication?.french)], in: section)
            let table = section.element("table", ["class": "list"])
            let head = table.element("tr")
            for label in ["Instruction", "Lue comme", "Résultat"] { head.element("th", text: label) }
            for outcome in outcomes where outcome.edit.source.act.numac == amendment.act.numac {
                let row = table.element("tr")
                row.element("td", text: outcome.edit.source.address)
                row.element("td", text: DiffLabels.french.reading(outcome.edit))
                row.element("td", ["class": outcome.status.isFailure ? "status-failure" : "status-applied"], text: DiffLabels.french.outcome(outcome))
            }
        }
        if consolidation.selection.amending.isEmpty { page.main.element("p", text: "Aucun acte de l'index ne modifie cet acte après son texte de base.") }
        return page.serialized()
    }

    // MARK: Check

    static func check(_ report: CheckReport?, numac: String, official: IndexedAct?) -> String {
        guard let report, official != nil else {
            let page = Page(title: "Comparaison — \(numac)")
            page.main.element("h1", text: "Comparaison avec le texte officiel")
            page.main.element("p").element("a", ["href": Links.act(numac)], text: numac)
            page.main.element("p", ["class": "notice"], text: "L'index ne contient qu'un texte de cet acte : il n'y a pas de texte officiel plus récent à comparer avec la consolidation de Chronolex.")
            return page.serialized()
        }
        let page = Page(title: "Comparaison — \(numac)", css: HTMLCheckRenderer.stylesheet)
        page.main.element("p").element("a", ["href": Links.act(numac)], text: report.check.base.metadata.title ?? numac)
        var ids = HTMLIDs()
        let date = report.check.comparison.date
        HTMLCheckRenderer.appendReport(report, to: page.main, links: ProvenanceLinks(act: { $0.numac.map { Links.act($0) } }), ids: &ids,
                                       articleLink: { Links.act(numac, at: date, article: $0) })
        return page.serialized()
    }

    // MARK: Errors

    static func error(status: Int, message: String) -> String {
        let page = Page(title: "Erreur \(status)")
        let box = page.main.element("div", ["class": "error"])
        box.element("h1", text: status == 404 ? "Introuvable" : status == 400 ? "Demande incorrecte" : "Impossible")
        box.element("p", text: message)
        box.element("p").element("a", ["href": "/"], text: "Retour à l'accueil")
        return page.serialized()
    }
}

/// The reading room's addresses, one way of writing each.
enum Links {
    /// An amending act named in a page: a link to its page in the room.
    static var provenance: ProvenanceLinks { ProvenanceLinks(act: { $0.numac.map { Links.act($0) } }) }

    static func act(_ numac: String, at date: LegalDate? = nil, knownOn: LegalDate? = nil, article: String? = nil, anchor: String? = nil) -> String {
        var query: [String] = []
        if let date { query.append("at=\(date.iso)") }
        if let knownOn { query.append("known=\(knownOn.iso)") }
        if let article { query.append("article=\(escape(article))") }
        return "/act/\(numac)" + (query.isEmpty ? "" : "?" + query.joined(separator: "&")) + (anchor.map { "#" + $0 } ?? "")
    }

    static func history(_ numac: String, article: String) -> String { "/act/\(numac)/history?article=\(escape(article))" }

    static func diff(_ numac: String, from: LegalDate, to: LegalDate, article: String?, sideBySide: Bool = false) -> String {
        "/act/\(numac)/diff?from=\(from.iso)&to=\(to.iso)" + (article.map { "&article=\(escape($0))" } ?? "") + (sideBySide ? "&layout=side-by-side" : "")
    }

    /// Percent-encodes what is not a letter, digit or one of `-._~`.
    static func escape(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
