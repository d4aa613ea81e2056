import ChronolexModel
import ChronolexReaders

/// Reads an amending act into edits, as a jurist reads it: article by article, each
/// lead-in ("A l'article 160 …, les modifications suivantes sont apportées :") giving its
/// target and act to the enumerated sub-instructions under it (`1°`, `a)`), the act
/// cited last standing for "du même arrêté", and the entry-into-force article giving
/// each edit its date. Nothing is dropped: an instruction that cannot be read becomes an
/// edit with an `error` and an error diagnostic `file:line: Art. N, 2°: …`.
public enum InstructionReader {
    /// The edits of the amending act, in the order of its text, and every problem found.
    ///
    /// - Complexity: O(n) in the length of the act's text.
    public static func read(_ act: Act, file: String? = nil) -> EditsResult {
        read(act, file: file, lookaheadFrom: Lookahead.minimumArticles)
    }

    /// The same, the articles prepared on a second thread (``Lookahead``) when the act has
    /// `lookaheadFrom` articles or more, prepared by the threads `sharing` says (the tests
    /// compare every way).
    static func read(_ act: Act, file: String?, lookaheadFrom minimum: Int, sharing: Lookahead.Sharing = .shared) -> EditsResult {
        var walker = Walker(act: act, file: file ?? act.file ?? "<input>")
        walker.run(lookaheadFrom: minimum, sharing: sharing)
        let fixings = walker.entryIntoForce.fixings.map { fixing in
            DateFixing(act: fixing.act, selectors: fixing.selectors, effective: fixing.date,
                       source: EditSource(act: walker.amending, article: fixing.article, line: fixing.line), except: fixing.except)
        }
        // Justel's notes: this act's articles, dated by another act (its publication unknown).
        let noted = walker.justelNotes.map { note, line in
            DateFixing(act: ActCitation(date: walker.amending.date), selectors: note.articles.map { SourceSelector(article: $0) },
                       effective: note.effective,
                       source: EditSource(act: AmendingActRef(date: note.date, dossier: note.dossier, title: note.actTitle, file: walker.file),
                                          article: note.article ?? "?", line: line))
        }
        return EditsResult(edits: walker.edits, diagnostics: walker.diagnostics, fixings: fixings + noted)
    }
}

struct Walker {
    let act: Act
    let file: String
    let amending: AmendingActRef
    var parser: InstructionParser
    var edits: [Edit] = []
    var diagnostics: [Diagnostic] = []
    var entryIntoForce = EntryIntoForce()
    var sawEntryIntoForce = false
    /// The first entry-into-force clause that could not be read (its article and line): the
    /// dates of the edits no clause read dates are then not known (look 23: they took the
    /// tenth day after publication, which `--keep-going` and `explain` applied).
    /// `cited`: the articles of this act the clause names, when it names some (« à
    /// l'exception de l'article 2, dont … »): with a general clause read, only their edits
    /// lose their date (look 24: every edit of the act lost it).
    var unreadEntryIntoForce: (article: String, line: Int?, cited: Set<String>?)?
    /// The act's articles (`act.articles`, made once: each making copies every article of
    /// the tree).
    let articles: [Article]
    /// For each article (in the order of `articles`), the divisions that hold it, outermost first.
    let divisions: [[Division]]
    /// The article being read (an index into `act.articles`).
    var current = 0
    /// Article numbers whose heading was read as the heading of an instruction's new text
    /// (``repair(text:line:article:next:context:act:)``): an article of the same number
    /// further on, which the reader kept as `N-2`, is the act's own `N`.
    var textHeadings: Set<String> = []
    /// A lead-in without points whose next alinéa is a lead-in with points: the unit and act
    /// that alinéa reads inside.
    var enclosingLeadIn: (steps: [UnitStep], act: ActCitation?, table: [String], histories: [History])?
    /// The lead-in of the alinéa just read and its last point: an alinéa after it whose
    /// points go on with its numbering continues that enumeration.
    var previousLeadIn: (steps: [UnitStep], act: ActCitation?, table: [String], listed: Change?, last: PointLabel, histories: [History])?
    typealias History = InstructionParser.History
    /// The history clauses of the lead-ins the instruction being read is under (« A
    /// l'article 26, modifié par …, les modifications suivantes sont apportées : »): an edit
    /// carries those of the units it is in, as it carries its own.
    var leadInHistories: [History] = []
    /// Justel's notes of dates other acts fixed for this act's articles, with their lines.
    var justelNotes: [(note: JustelEntryIntoForceNote, line: Int?)] = []
    /// The texts of the act's own annexes, in order (Justel's `Art. N1.`, `Art. N2.`), one
    /// block per alinéa and point each, for "remplacée par l'annexe (2) du présent arrêté".
    let annexes: [[String]]

    init(act: Act, file: String) {
        self.act = act
        self.file = file
        let m = act.metadata
        amending = AmendingActRef(numac: m.numac, date: m.date, dossier: m.dossier, publication: m.publication, title: m.title, authority: m.source, eli: m.eli, page: m.page, file: file)
        parser = InstructionParser(grammar: Grammar.of(m.language), registry: CitationRegistry(title: m.title, modifies: m.modifies))
        articles = act.articles
        divisions = Walker.enclosingDivisions(act.body)
        var annexes: [[String]] = []
        Walker.collectAnnexes(act.body, inAnnex: false, into: &annexes)
        self.annexes = annexes.map(Self.droppingStrayClose)
    }

    /// An annex whose last words end with a closing quotation mark that nothing in it opens
    /// (« … de l'alinéa 4. " », 2023200641: the mark that closes the instruction's quotation,
    /// which the act prints after its annex): the annex without it (hand check 17: the mark
    /// was kept in the new annex's text).
    static func droppingStrayClose(_ annex: [String]) -> [String] {
        guard var last = annex.last else { return annex }
        let trimmed = last.trimmingSpaces
        guard trimmed.hasSuffix("»") else { return annex }
        let text = annex.joined(separator: "\n")
        let opens = text.reduce(0) { $0 + ($1 == "«" ? 1 : 0) }, closes = text.reduce(0) { $0 + ($1 == "»" ? 1 : 0) }
        guard closes > opens else { return annex }
        last = String(trimmed.dropLast()).trimmingSpaces
        var out = annex
        if last.isEmpty { out.removeLast() } else { out[out.count - 1] = last }
        return out
    }

    /// The act's own annexes, in order: the text of each article of an annex division
    /// (Justel's `Art. N1.`). When such an article is empty and the annex's title line was
    /// read as a division of its own, holding the text as its lines (« ### Annexe. », « Art.
    /// N1. », then « ANNEXE VI.3-5 » and the text: 2023200641), that text is the article's.
    static func collectAnnexes(_ elements: [BodyElement], inAnnex: Bool, into annexes: inout [[String]]) {
        for element in elements {
            switch element {
            case .article(let article):
                guard inAnnex else { continue }
                var annex: [String] = []
                for alinea in article.alineas {
                    if !alinea.text.isEmpty { annex.append(alinea.text) }
                    appendPoints(alinea.points, to: &annex)
                }
                annexes.append(annex)
            case .division(let division):
                if division.kind == .annexe, division.children.isEmpty, !division.intro.isEmpty, let last = annexes.indices.last, annexes[last].isEmpty {
                    // Its title line as written (`ANNEXE VI.3-5`), without the dot a heading gets.
                    let title = [division.word, division.number, division.heading].filter { !$0.isEmpty }.joined(separator: " ")
                    annexes[last] = [title] + division.intro.map(\.text)
                }
                collectAnnexes(division.children, inAnnex: inAnnex || division.kind == .annexe, into: &annexes)
            }
        }
    }

    /// The footnote number of the first Justel marker in the alinéa or its points, if any.
    static func firstMark(_ alinea: Alinea) -> (footnote: Int, line: Int?, path: [PointLabel])? {
        if let mark = alinea.marks.first { return (mark.footnote, Walker.line(alinea), []) }
        // Most alinéas hold no marker: said without making the path of each point.
        guard hasMark(alinea.points) else { return nil }
        var stack = alinea.points.reversed().map { ($0, [$0.label]) }
        while let (point, path) = stack.popLast() {
            if let mark = point.marks.first { return (mark.footnote, Walker.line(point), path) }
            stack += point.points.reversed().map { ($0, path + [$0.label]) }
        }
        return nil
    }

    /// About how many edits the articles give: one per alinéa and per point (a lead-in
    /// gives none, a list of units one each).
    static func estimatedEdits(_ articles: [Article]) -> Int {
        func count(_ points: [Point]) -> Int { points.reduce(points.count) { $0 + count($1.points) } }
        var total = 0
        for article in articles {
            for paragraph in article.paragraphs {
                for alinea in paragraph.alineas { total += 1 + count(alinea.points) }
            }
        }
        return total
    }

    /// True when one of the points, or of the points under them, holds a Justel marker.
    static func hasMark(_ points: [Point]) -> Bool {
        points.contains { !$0.marks.isEmpty || hasMark($0.points) }
    }

    /// Justel's remark that stands where a text is not given — "(NOTE : pas de version
    /// française, voir version néerlandaise)", "(Image non reprise pour des raisons
    /// techniques, voir M.B. du …)" — when the blocks are nothing else; `nil` otherwise.
    static func placeholder(_ blocks: [String]) -> String? {
        guard let first = blocks.first else { return nil }
        let isRemark = blocks.allSatisfy { block in
            let text = block.trimmingSpaces
            let folded = Folding.fold(text).lowercased()
            return text.hasPrefix("(") && text.hasSuffix(")") && (folded.hasPrefix("(note") || folded.hasPrefix("(image non reprise"))
        }
        return isRemark ? first.trimmingSpaces : nil
    }

    /// The divisions that hold each article, in the order of `Act.articles` (depth first).
    static func enclosingDivisions(_ body: [BodyElement]) -> [[Division]] {
        var result: [[Division]] = []
        var stack: [(ArraySlice<BodyElement>, [Division])] = [(body[...], [])]
        while let (slice, holders) = stack.popLast() {
            var top = slice
            guard let element = top.popFirst() else { continue }
            stack.append((top, holders))
            switch element {
            case .article: result.append(holders)
            case .division(let division):
                var inner = division
                inner.children = []
                stack.append((division.children[...], holders + [inner]))
            }
        }
        return result
    }

    mutating func run(lookaheadFrom minimum: Int = Lookahead.minimumArticles, sharing: Lookahead.Sharing = .shared) {
        let articles = self.articles
        let lookahead = articles.count >= minimum ? Lookahead(articles, sharing: sharing) : nil
        // Room for the edits made once: doubled as they come, the array of 100,000 edits
        // was copied some seventeen times (3 % of the walk, and fresh pages each time).
        edits.reserveCapacity(Self.estimatedEdits(articles))
        defer {
            lookahead?.finish()
            parser.prepared = PreparedWords()
        }
        var index = 0
        while index < articles.count {
            let article = articles[index]
            let prepared = lookahead?.article(index)
            parser.prepared = prepared?.words ?? PreparedWords()
            let articleEdits = edits.count
            defer { noteAlineasCountedAfterInsertion(articleEdits..<edits.count) }
            var number = ArticleNumber.normalized(article.number)
            if number.hasSuffix("-2"), textHeadings.contains(String(number.dropLast(2))) { number = String(number.dropLast(2)) }
            current = index
            index += 1
            // The act's own annex (a table, "Art. N1."): text, not instructions.
            if divisions.indices.contains(current), divisions[current].contains(where: { $0.kind == .annexe }) { continue }
            let alineas = article.alineas
            // The same, each § number written before its first alinéa ("§ 9. …"): what an
            // instruction takes as its new text when it is printed without quotation marks.
            let numbered = Self.withParagraphNumbers(article)
            /// The edits of the article's last instruction that gave a new text.
            var lastNewText: Range<Int>?
            var k = 0
            while k < alineas.count {
                let alinea = alineas[k]
                let ready = prepared?.alinea(k)
                // The alinéa's words, made once: a sentence read from the file makes a new
                // string each time its text is asked for.
                let own = ready?.own ?? alinea.text
                var text = own
                k += 1
                // New text quoted alinéa by alinéa ("« alinéa 1 »" / "« alinéa 2 »" on lines of their own)
                // belongs to the instruction before it.
                while alinea.points.isEmpty, k < alineas.count, Walker.isQuotationOnly(alineas[k]) {
                    text += "\n" + alineas[k].text
                    k += 1
                }
                // Justel's note of a date another act fixed for some of these articles.
                if alinea.points.isEmpty, let note = JustelEntryIntoForceNote.read(own) {
                    justelNotes.append((note, Walker.line(alinea)))
                    continue
                }
                // What the alinéa is: a quotation left open is an instruction's, whose error
                // the parser reports.
                // The words with the points: read below only for a clause that is not an
                // instruction (the worker does not make them for an instruction).
                let unprepared = ready == nil ? (alinea.points.isEmpty ? own : Walker.flatten(alinea)) : nil
                let kind = ready?.kind ?? (try? Tokenizer.tokens(unprepared!)).map(ClauseKind.of) ?? .instruction
                let flat = kind == .instruction ? "" : ready?.flat ?? unprepared ?? (alinea.points.isEmpty ? own : Walker.flatten(alinea))
                switch kind {
                case .execution, .competence:
                    continue
                case .entryIntoForce:
                    sawEntryIntoForce = true
                    // Justel's markers in the act's own dates (2021030266, art. 7: « … et de
                    // [1 l'article 3, 1°, 5° et 7°]1 qui entre en vigueur le 1er mars 2021 »):
                    // a later act changed them, and they are read as it left them — said, as
                    // for an instruction's words below.
                    if let (footnote, line, _) = Self.firstMark(alinea) {
                        diagnostics.append(.warning("Justel prints words of this clause of entry into force between its markers [\(footnote) … ]\(footnote): a later act changed them; the dates are read as that act left them, for every day",
                                                    file: file, line: line ?? Walker.line(alinea), unit: "Art. \(number)"))
                    }
                    // The acts whose dates it fixes are cited, for « du même arrêté » after it (look 29).
                    let fixed = entryIntoForce.fixings.count
                    defer { for fixing in entryIntoForce.fixings[fixed...] { parser.registry.note(fixing.act) } }
                    do {
                        try EntryIntoForceReader.read(flat, article: number, line: Walker.line(alinea), publication: amending.publication, adoption: amending.date,
                                                      cited: parser.registry.citedActs, into: &entryIntoForce)
                        if let general = entryIntoForce.general, general.line == Walker.line(alinea), general.article == number, let condition = general.condition {
                            diagnostics.append(.warning("the act enters into force on the date it gives « \(condition) »: a condition Chronolex does not check",
                                                        file: file, line: Walker.line(alinea), unit: "Art. \(number)"))
                        }
                    } catch {
                        let warning = error.kind == .notOurs || error.kind == .endOfForce
                        diagnostics.append(Diagnostic(warning ? .warning : .error, file: file, location: Walker.line(alinea).map { SourceLocation(line: $0) }, unit: "Art. \(number)", message: error.message))
                        if !warning, unreadEntryIntoForce == nil { unreadEntryIntoForce = (number, Walker.line(alinea), Self.citedArticles(flat)) }
                    }
                    continue
                case .provision where Self.stopsBeforeItsVerb(flat):
                    // « Dans l'annexe 2 du décret du 7 novembre 2013 …, » then an image
                    // (2023040026, art. 1, hand check 8): an instruction whose words stop at
                    // its place — not a provision, an instruction that cannot be read.
                    fail(EditSource(act: amending, article: number, points: [], line: Walker.line(alinea)), context: [], act: nil,
                         "the instruction stops after its place (« …\(flat.trimmingSpaces.suffix(40)) »): what it changes is not in this text")
                    continue
                case .provision where Self.placeholder([flat]) != nil:
                    // « (Image non reprise pour des raisons techniques, voir M.B. du …) »: Justel's
                    // word that the text is elsewhere, never a provision of the act.
                    diagnostics.append(.warning("Justel prints « \(flat.trimmingSpaces.prefix(60))… » in place of this alinéa's text: not read",
                                                file: file, line: Walker.line(alinea), unit: "Art. \(number)"))
                    continue
                case .provision where Self.saysWhenItApplies(flat):
                    // « Le présent arrêté est applicable à partir du 1er janvier 2020 » (look 19):
                    // when the act applies, which is not when its changes enter into force.
                    diagnostics.append(.warning("a rule of this act on when it applies («\(text.prefix(60))…»): not read as a date of entry into force; its changes take the date of their entry into force",
                                                file: file, line: Walker.line(alinea), unit: "Art. \(number)"))
                    continue
                case .provision:
                    // A transitional rule, a derogation, an autonomous rule of the amending act
                    // itself: it changes no text, and is said.
                    diagnostics.append(.warning("not an amending instruction but a provision of this act («\(text.prefix(40))…»): not applied to any text",
                                                file: file, line: Walker.line(alinea), unit: "Art. \(number)"))
                    continue
                case .instruction:
                    break
                }
                // Justel consolidates amending acts too: words between its markers were put
                // there by a later act (2021030266, art. 3, 7°: « [1 en ce compris les bancs
                // solaires …]1 »), and are read as this act's own — said, with the footnote.
                if let (footnote, line, path) = Self.firstMark(alinea) {
                    let unit = (["Art. \(number)"] + path.map(\.description)).joined(separator: ", ")
                    diagnostics.append(.warning("Justel prints words of this instruction between its markers [\(footnote) … ]\(footnote): a later act changed them; they are read as this act's own words, with this act's date",
                                                file: file, line: line ?? Walker.line(alinea), unit: unit))
                }
                let isLast = k == alineas.count && alinea.points.isEmpty
                let next = isLast && index < articles.count ? articles[index] : nil
                let enclosing = enclosingLeadIn
                enclosingLeadIn = nil
                // "3. au 7°, les mots … ;" then an alinéa "Au même 7°, a), 1er tiret, …" then
                // "4. l'intitulé du 11° …" (2019030053, art. 27): the alinéa is the 3°'s second,
                // and the points go on under the same lead-in.
                let previous = previousLeadIn
                previousLeadIn = nil
                // Never when the alinéa announces points of its own (a lead-in, or words ending
                // with a colon): those points are its own, whatever their numbers.
                if let previous, let first = alinea.points.first, InstructionParser.follows(.point(first.label), .point(previous.last)),
                   !text.trimmingSpaces.hasSuffix(":"), !isLeadIn(text, context: previous.steps, act: previous.act) {
                    diagnostics.append(.warning("the alinéa « \(text.prefix(40))… » stands between \(previous.last.description) and \(first.label.description) of the enumeration: read as the \(previous.last.description)'s own, and the enumeration as going on",
                                                file: file, line: Walker.line(alinea), unit: "Art. \(number)"))
                    leadInHistories = previous.histories
                    defer { leadInHistories = [] }
                    read(text: text, points: [], article: number, path: [previous.last], line: Walker.line(alinea), context: previous.steps, act: previous.act, next: nil, table: previous.table)
                    for point in alinea.points {
                        read(text: point.text, points: point.points, article: number, path: [point.label], line: Walker.line(point),
                             context: previous.steps, act: previous.act, next: nil, listed: previous.listed, table: previous.table)
                    }
                    if let last = alinea.points.last { previousLeadIn = (previous.steps, previous.act, previous.table, previous.listed, last.label, previous.histories) }
                    continue
                }
                let before = edits.count
                leadInHistories = enclosing?.histories ?? []
                defer { leadInHistories = [] }
                switch read(text: text, points: alinea.points, article: number, path: [], line: Walker.line(alinea),
                            context: enclosing?.steps ?? [], act: enclosing?.act, next: next, following: Array(numbered[k...]),
                            table: enclosing?.table ?? []) {
                case .nothing: break
                case .nextArticle: index += 1
                case .alineas(let n): k += n
                }
                let read = before..<edits.count
                if let last = lastNewText, alinea.points.isEmpty, !read.isEmpty,
                   edits[read].allSatisfy({ $0.change == nil && $0.error?.hasPrefix(Self.strayClosingMark) == true }) {
                    closedTooEarly(last, by: alinea)
                    lastNewText = nil
                } else if edits[read].contains(where: { $0.change?.fragment?.blocks.isEmpty == false }) {
                    lastNewText = read
                }
            }
        }
        applyEntryIntoForce()
    }

    /// « 1. un alinéa est inséré entre les alinéas 1er et 2 ; 2. dans l'alinéa 2, les mots …
    /// » (2019030053, art. 10): an alinéa an instruction cites by its number, in the unit where
    /// an earlier instruction of the same article inserts one at or before that number. The
    /// number is read as counted with the new alinéa (the instructions are applied in
    /// order); an act may count as before its own insertion (there, the words are in the
    /// next alinéa). Said in a warning and a note; never changed.
    mutating func noteAlineasCountedAfterInsertion(_ range: Range<Int>) {
        var inserted: [(container: [UnitStep], number: Int, count: Int, by: String)] = []
        for k in range {
            // The edit's fields read where it stands: most edits are only looked at, and a
            // copy of the whole edit (some 800 bytes, a retain per field) was made for each.
            guard let change = edits[k].change else { continue }
            let steps = edits[k].target.steps
            if let i = steps.firstIndex(where: { if case .alinea = $0 { return true } else { return false } }), case .alinea(let n) = steps[i],
               let earlier = inserted.last(where: { $0.container == Array(steps[..<i]) && $0.number <= n && $0.by != edits[k].source.address }) {
                let edit = edits[k]
                if change.kind != .insert, let becomes = Self.becomes(edit.notes), becomes == n + earlier.count {
                    // « 1. un alinéa est inséré entre les alinéas 1er et 2 ; 2. l'alinéa 4, qui
                    // devient l'alinéa 5, est remplacé » (2022040073, art. 2, hand check 8): the
                    // act counts as before its insertion and says so — the alinéa now numbered 5
                    // (the former 4 was once replaced in its place, without a word: the former 3).
                    var renumbered = steps
                    renumbered[i] = .alinea(becomes)
                    edits[k].target = UnitReference(renumbered, through: edit.target.through)
                    edits[k].notes.append("alinéa \(n) as numbered before the alinéa(s) that \(earlier.by) of this act inserts: alinéa \(becomes) once inserted")
                } else if !edit.notes.contains(where: { note in ["devient", "devenu", "devenant", "ancien"].contains { note.contains($0) } }) {
                    let message = "« alinéa \(n) » of \(UnitReference(Array(steps[..<i])).description) is read as counted with the alinéa(s) that \(earlier.by) of this act inserts at or before it (applied first); counted as before that insertion, it is the alinéa then numbered \(n + earlier.count)"
                    edits[k].notes.append(message)
                    var other = steps
                    other[i] = .alinea(n + earlier.count)
                    edits[k].countedBeforeInsertion = UnitReference(other, through: edit.target.through)
                    diagnostics.append(.warning(message, file: file, line: edit.source.line, unit: edit.source.unit))
                }
            }
            guard case .insertUnits(let unit, _, let position) = change, unit.kind == .alinea else { continue }
            var number: Int?
            switch position {
            case .between(_, let next)?, .before(let next)?:
                if case .alinea(let m)? = next.steps.last { number = m }
            case .after(let previous)?:
                if case .alinea(let m)? = previous.steps.last { number = m + 1 }
            case .byNumber?:
                number = unit.number.flatMap { Int($0) }
            case .end?, .afterTable?, nil:
                break
            }
            if let number { inserted.append((steps, number, unit.count ?? 1, edits[k].source.address)) }
        }
    }

    /// « Dans l'annexe 2 du décret …, » — words that open with a place (« Dans », « A
    /// l'article », « Au », « In ») and end with a comma or a colon, with no verb: an
    /// instruction cut short.
    /// « Le présent arrêté est applicable à partir du … », « s'applique à partir du … », « Dit
    /// besluit is van toepassing vanaf … »: the act's own rule on when it applies, with a date.
    static func saysWhenItApplies(_ text: String) -> Bool {
        guard let tokens = try? Tokenizer.tokens(text), EntryIntoForceReader.generalSubject(tokens, verbs: ["est", "s'applique", "is", "sont"]) != nil else { return false }
        let words = tokens.map(\.folded)
        let applies = words.contains("applicable") || words.contains("s'applique") || words.contains("toepassing")
        return applies && tokens.indices.contains { CitationReader.date(Scanner(tokens), at: $0) != nil }
    }

    static func stopsBeforeItsVerb(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces
        guard let last = trimmed.last, last == "," || last == ":" else { return false }
        let first = trimmed.prefix { $0 != " " }.lowercased()
        return ["dans", "a", "à", "au", "aux", "in"].contains(first)
    }

    /// The number a remark « qui devient l'alinéa 5 » gives, when an edit's notes hold one.
    static func becomes(_ notes: [String]) -> Int? {
        for note in notes {
            for prefix in ["qui devient l'alinéa ", "qui devient l'alinea "] where note.hasPrefix(prefix) {
                let digits = note.dropFirst(prefix.count).prefix { $0.isNumber }
                if let n = Int(digits) { return n }
            }
        }
        return nil
    }

    /// How the parser says a closing quotation mark opens nothing.
    static let strayClosingMark = "unbalanced quote: » closes a quotation that was never opened"

    /// An alinéa after an instruction's new text that ends with a closing quotation mark
    /// opening nothing (2019200781, art. 1: « … au paragraphe 2. ". » after the quotation
    /// of R.187ter-20 was closed at its § 4): the quotation may close there, the alinéa then
    /// being the new text's last. Which is meant is not guessed: the instruction's edits
    /// become errors that say so (they were applied without the alinéa, without a word).
    mutating func closedTooEarly(_ range: Range<Int>, by alinea: Alinea) {
        let line = Walker.line(alinea)
        let message = "its quotation may go on to line \(line.map(String.init) ?? "?"), « \(alinea.text.prefix(40))… », which ends with a closing quotation mark that opens nothing: where the new text ends is not certain; not applied"
        for k in range where edits[k].change != nil {
            edits[k].error = message
            diagnostics.append(.error(message, file: file, line: edits[k].source.line, unit: edits[k].source.unit))
        }
    }

    /// What an instruction took as its new text beyond its own alinéa.
    enum Taken { case nothing, nextArticle, alineas(Int) }

    /// Reads one instruction (and the sub-instructions under it); says what it took as its
    /// new text beyond its alinéa: the next article (the seed's Art. 20-21), or the alinéas
    /// after it, printed without quotation marks.
    @discardableResult
    mutating func read(text: String, points: [Point], article: String, path: [PointLabel], line: Int?,
                       context: [UnitStep], act inherited: ActCitation?, next: Article?, following: [Alinea] = [], listed: Change? = nil,
                       table: [String] = []) -> Taken {
        let source = EditSource(act: amending, article: article, points: path, line: line)
        do {
            let parsed = try parser.parse(text, context: context, act: inherited, listed: listed, table: table)
            // By index: `first(where:)` copied every output it passed over (some 300 bytes each).
            let leadIn = parsed.outputs.indices.first { parsed.outputs[$0].isLeadIn }.map { parsed.outputs[$0] }
            if !points.isEmpty {
                guard let leadIn else {
                    emit(parsed, source: source)
                    // "2. au paragraphe 3, alinéa 1er, les caractères « … » sont remplacés … ;"
                    // then "- le a) est remplacé par …" (2019030053, art. 2): further
                    // instructions on the unit the instruction names, each read in its place.
                    let units = Set(parsed.outputs.map { $0.target.steps.filter { $0.level < 800 } })
                    // Only dashes: numbered points after such an instruction may continue an
                    // enumeration above it, and are not read in its unit.
                    guard units.count == 1, let unit = units.first, !unit.isEmpty, points.allSatisfy({ $0.label.kind == .dash }),
                          points.allSatisfy({ point in ((try? Tokenizer.tokens(point.text)).map(ClauseKind.of) ?? .instruction) == .instruction }) else {
                        fail(source, context: context, act: parsed.act, "an enumeration follows an instruction that is not a lead-in (\"les modifications suivantes sont apportées :\"); its points are not read")
                        return .nothing
                    }
                    for point in points {
                        read(text: point.text, points: point.points, article: article, path: path + [point.label], line: Walker.line(point),
                             context: unit, act: parsed.act, next: nil, table: parsed.table)
                    }
                    return .nothing
                }
                for note in leadIn.notes {
                    diagnostics.append(.warning(note, file: file, line: source.line, unit: source.unit))
                }
                if path.isEmpty, let last = points.last {
                    previousLeadIn = (leadIn.target.steps, parsed.act, parsed.table + leadIn.table, leadIn.change, last.label, leadInHistories + parsed.histories)
                }
                let outer = leadInHistories
                leadInHistories += parsed.histories
                defer { leadInHistories = outer }
                var taken = Taken.nothing
                for (k, point) in points.enumerated() {
                    // The last point may take the alinéas after the enumeration as its new text,
                    // printed without quotation marks ("2. l'article est complété par les §§ 9
                    // et 10 rédigés comme suit :" then "§ 9 - …", "§ 10 - …", 2020200575).
                    let last = k == points.count - 1 && point.points.isEmpty
                    taken = read(text: point.text, points: point.points, article: article, path: path + [point.label], line: Walker.line(point),
                                 context: leadIn.target.steps, act: parsed.act, next: nil, following: last ? following : [],
                                 listed: leadIn.change, table: parsed.table + leadIn.table)
                }
                if case .alineas = taken { return taken }
                return .nothing
            }
            if let leadIn {
                // "Dans l'annexe … sont apportées les modifications suivantes :" then "Dans le
                // point 3 … sont apportées les modifications suivantes :" with its points
                // (2020040068, art. 1): the next lead-in reads inside this one.
                if path.isEmpty, let after = following.first, !after.points.isEmpty,
                   isLeadIn(after.text, context: leadIn.target.steps, act: parsed.act) {
                    enclosingLeadIn = (leadIn.target.steps, parsed.act, parsed.table + leadIn.table, leadInHistories + parsed.histories)
                    return .nothing
                }
                fail(source, context: context, act: parsed.act, "announces modifications but no enumerated sub-instruction follows")
                return .nothing
            }
            emit(parsed, source: source)
            return .nothing
        } catch {
            if error.kind == .missingText {
                // The new text printed without quotation marks: the points under the
                // instruction, or the alinéas after it, or the next article.
                var blocks: [String] = []
                Walker.appendPoints(points, to: &blocks)
                if !blocks.isEmpty, unquoted(blocks, as: "its points", text: text, source: source, context: context, act: inherited) {
                    return .nothing
                }
                let taken = following.prefix { !isInstruction($0) }
                if !taken.isEmpty {
                    if unquoted(Self.blocks(of: taken), as: "the \(taken.count) alinéa(s) after it", text: text, source: source, context: context, act: inherited) {
                        return .alineas(taken.count)
                    }
                }
                if let next, repair(text: text, line: line, article: article, next: next, context: context, act: inherited) == true {
                    return .nextArticle
                }
            }
            // « il est ajouté un 9° et 10°, rédigés comme suit : » then « " 9° … " » and
            // « " 10° … " » in alinéas of their own (2019030053, art. 1, 2°): the quotations
            // after the instruction are the rest of its new text.
            if error.kind == .tooFewUnits {
                let quotations = following.prefix { Self.isQuotationOnly($0) && $0.points.isEmpty }
                if !quotations.isEmpty {
                    var trial = self
                    let joined = text + "\n" + quotations.map(\.text).joined(separator: "\n")
                    let before = trial.edits.count
                    _ = trial.read(text: joined, points: points, article: article, path: path, line: line, context: context, act: inherited,
                                   next: nil, following: [], listed: listed, table: table)
                    if trial.edits[before...].allSatisfy({ $0.error == nil }) {
                        self = trial
                        // Said at the line and kept with the edits, as every warning of a reading is.
                        let warning = "the new text goes on in the \(quotations.count) quotation(s) after the instruction: read as its rest"
                        for k in before..<edits.count { edits[k].notes.append(warning) }
                        diagnostics.append(.warning(warning, file: file, line: source.line, unit: source.unit))
                        return .alineas(quotations.count)
                    }
                }
            }
            // "L'article 44 … est remplacé par ce qui suit: " Le travailleur …" and never
            // closed (2022200452, art. 2; 2023040119, art. 11): the act's reader ended the
            // quotation where the act's structure ends it (before the next article, its
            // next sub-instruction, or its next bold heading). A new text announced by a
            // colon that runs to there is read to there, with a warning.
            if error.kind == .unbalancedQuote, points.isEmpty, following.isEmpty,
               let closed = Self.closingUnclosedQuotation(text) {
                var trial = self
                trial.diagnostics = []
                let before = trial.edits.count
                _ = trial.read(text: closed.text, points: [], article: article, path: path, line: line, context: context, act: inherited,
                               next: nil, following: [], listed: listed, table: table)
                if trial.edits.count > before, trial.edits[before...].allSatisfy({ $0.error == nil && $0.change != nil }) {
                    let diagnosticsBefore = diagnostics
                    self = trial
                    let warning = "the quotation opened by « \(closed.opening)… » is never closed: the new text is read to the end of the instruction (its last words « …\(closed.ending) »), where the act's structure ends it"
                    for k in before..<edits.count { edits[k].notes.append("repaired: " + warning) }
                    diagnostics = diagnosticsBefore + [.warning(warning, file: file, line: source.line, unit: source.unit)] + trial.diagnostics
                    return .nothing
                }
            }
            // "… : « c) de nombre d'années … ; » »" (2019030053, art. 2): a second closing
            // quotation mark at the end, after the quotation's own, that opens nothing.
            if error.kind == .unbalancedQuote, let repaired = Self.droppingDoubledClosingQuote(text) {
                diagnostics.append(.warning("a second closing quotation mark ends the instruction, after the quotation's own, and opens nothing: dropped", file: file, line: source.line, unit: source.unit))
                return read(text: repaired, points: points, article: article, path: path, line: line, context: context, act: inherited,
                            next: next, following: following, listed: listed, table: table)
            }
            if error.partial.isEmpty {
                fail(source, context: context, act: error.act ?? inherited, error.message)
                edits[edits.count - 1].unreadPlace = error.place
            } else {
                // Still listed, with what was understood.
                for output in error.partial where !output.isLeadIn {
                    edits.append(Edit(source: source, targetAct: error.act ?? inherited, target: output.target, change: output.change,
                                      history: error.history, notes: output.notes, error: error.message))
                }
                diagnostics.append(.error(error.message, file: file, line: source.line, unit: source.unit))
            }
            for point in points {
                fail(EditSource(act: amending, article: article, points: path + [point.label], line: Walker.line(point)),
                     context: context, act: inherited, "its lead-in could not be read")
            }
            return .nothing
        }
    }

    /// The seed's Art. 20-21: an instruction that announces a new text ends an article, and
    /// the next article is not an instruction but the text itself. Read as one instruction
    /// of the next article, with a warning that says so.
    mutating func repair(text: String, line: Int?, article: String, next: Article, context: [UnitStep], act inherited: ActCitation?) -> Bool? {
        let nextNumber = ArticleNumber.normalized(next.number)
        // The next article must not read as an instruction of its own, nor be the entry-into-force
        // or execution article.
        guard let first = next.alineas.first else { return nil }
        if let tokens = try? Tokenizer.tokens(first.text),
           EntryIntoForceReader.isEntryIntoForce(tokens) || EntryIntoForceReader.isExecution(tokens) { return nil }
        var trial = parser
        if (try? trial.parse(first.text, context: [], act: nil)) != nil { return nil }
        var blocks = Self.blocks(of: Self.withParagraphNumbers(next))
        guard !blocks.isEmpty else { return nil }
        var assumed = ["its heading 'Art. \(next.number).' is taken as misplaced and its text as the announced new text"]
        if Self.dropStrayClosingQuote(&blocks) { assumed.append("the stray closing quote at its end is dropped") }
        let nextLine = next.range?.start.line
        do {
            var parsed = try parser.parse(text + "\n« " + blocks.joined(separator: "\n") + " »", context: context, act: inherited)
            guard !parsed.outputs.contains(where: \.isLeadIn) else { return nil }
            let excerpt = Scanner.excerpt(text)
            // "L'article 23 … est remplacé par la disposition suivante :" then "Article 23. - …"
            // unquoted (2019030053, art. 6): the heading is the new article's own, and the
            // instruction stays the one of the article that prints it.
            let replacesThatArticle = parsed.outputs.allSatisfy { output in
                guard case .replaceUnits = output.change, output.target.steps.count == 1,
                      let target = output.target.article else { return false }
                return ArticleNumber.normalized(target) == nextNumber
            }
            if replacesThatArticle {
                blocks[0] = "Art. \(next.number). " + blocks[0]
                parsed = try parser.parse(text + "\n« " + blocks.joined(separator: "\n") + " »", context: context, act: inherited)
                let source = EditSource(act: amending, article: article, points: [], line: line)
                diagnostics.append(.warning("the new text of the instruction «\(excerpt)» is printed without quotation marks, under its own heading 'Art. \(next.number).'\(nextLine.map { " (line \($0))" } ?? ""): read as the new text of Art. \(article)'s instruction, not as an article of this act"
                                            + (articles.first { ArticleNumber.normalized($0.number) == nextNumber + "-2" }?.range.map { " (the Art. \(next.number) at line \($0.start.line) is this act's own)" } ?? ""),
                                            file: file, line: line, unit: source.unit))
                let before = edits.count
                emit(parsed, source: source)
                for k in before..<edits.count {
                    edits[k].notes.append("repaired: the new text of art. \(next.number), printed without quotation marks under its own heading, read as the text the instruction announces")
                }
                textHeadings.insert(nextNumber)
                return true
            }
            let source = EditSource(act: amending, article: nextNumber, points: [], line: line)
            diagnostics.append(.warning("the instruction «\(excerpt)», printed as the last alinéa of Art. \(article), and the unquoted text of Art. \(next.number)\(nextLine.map { " (line \($0))" } ?? "") are read as one instruction of Art. \(next.number): " + assumed.joined(separator: "; "),
                                        file: file, line: line, unit: source.unit))
            let before = edits.count
            emit(parsed, source: source)
            for k in before..<edits.count {
                edits[k].notes.append("repaired: the instruction printed at the end of Art. \(article) and the unquoted text of Art. \(next.number) read as one instruction")
            }
            return true
        } catch {
            return nil
        }
    }

    /// Reads the instruction with `blocks` as its quoted new text; true (and a warning that
    /// says so) when it then reads.
    mutating func unquoted(_ blocks: [String], as what: String, text: String, source: EditSource, context: [UnitStep], act inherited: ActCitation?) -> Bool {
        var blocks = blocks
        var what = what
        if Self.dropStrayClosingQuote(&blocks) { what += " (the closing quotation mark at its end, which opens nowhere, dropped)" }
        var trial = parser
        guard let parsed = try? trial.parse(text + "\n« " + blocks.joined(separator: "\n") + " »", context: context, act: inherited),
              !parsed.outputs.contains(where: \.isLeadIn) else { return false }
        parser = trial
        diagnostics.append(.warning("the new text is printed without quotation marks: \(what) read as the new text", file: file, line: source.line, unit: source.unit))
        let before = edits.count
        emit(parsed, source: source)
        for k in before..<edits.count {
            edits[k].notes.append("repaired: the new text printed without quotation marks (\(what))")
        }
        return true
    }

    /// The text without its last closing quotation mark, when that mark stands at the end
    /// (only spaces and `;` `.` `,` after it) right after another closing mark, and the
    /// text without it reads: `… ; » » ;` → `… ; » ;`. `nil` otherwise.
    static func droppingDoubledClosingQuote(_ text: String) -> String? {
        let tail = text.reversed().prefix { " ;.,\n".contains($0) }.count
        let body = text.dropLast(tail)
        guard body.hasSuffix("»") else { return nil }
        let before = body.dropLast().reversed().prefix { $0 == " " }.count
        let rest = body.dropLast().dropLast(before)
        guard rest.hasSuffix("»") else { return nil }
        let repaired = String(rest) + String(text.suffix(tail))
        guard (try? Tokenizer.tokens(repaired)) != nil else { return nil }
        return repaired
    }

    /// The instruction closed at its end, when exactly one quotation in it is never closed,
    /// the words before that quotation announce it (they end with a colon), and its last
    /// line is not a clause of the amending act itself (an entry into force, an execution
    /// clause); with the quotation's first and last words, for the warning. `nil` otherwise.
    static func closingUnclosedQuotation(_ text: String) -> (text: String, opening: String, ending: String)? {
        var depth = 0
        var opened: String.Index?
        var i = text.startIndex
        while i < text.endIndex {
            switch text[i] {
            case "«":
                if depth == 0 { opened = i }
                depth += 1
            case "»":
                guard depth > 0 else { return nil }
                depth -= 1
            default: break
            }
            i = text.index(after: i)
        }
        guard depth == 1, let opened, text[..<opened].trimmingSpaces.hasSuffix(":") else { return nil }
        let quoted = text[text.index(after: opened)...]
        let lines = quoted.split(separator: "\n").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        guard let first = lines.first, let last = lines.last else { return nil }
        if let tokens = try? Tokenizer.tokens(last.replacingOccurrences(of: "«", with: "").replacingOccurrences(of: "»", with: "")),
           EntryIntoForceReader.isEntryIntoForce(tokens) || EntryIntoForceReader.isExecution(tokens) { return nil }
        return (text + " »", String(first.prefix(40)), String(last.suffix(40)))
    }

    /// The new text that alinéas printed without quotation marks hold: each alinéa's words,
    /// then its points, one block each.
    static func blocks(of alineas: some Sequence<Alinea>) -> [String] {
        var blocks: [String] = []
        for alinea in alineas {
            blocks.append(alinea.text)
            appendPoints(alinea.points, to: &blocks)
        }
        return blocks
    }

    /// Drops the closing quotation mark at the end of a new text whose opening one the act
    /// left out (no « in it); true when there was one.
    static func dropStrayClosingQuote(_ blocks: inout [String]) -> Bool {
        guard let last = blocks.last, last.hasSuffix("»"), !blocks.contains(where: { $0.contains("«") }) else { return false }
        blocks[blocks.count - 1] = String(last.dropLast()).trimmingSpaces
        return true
    }

    /// The article's alinéas, the first of each numbered § with its number before its words.
    static func withParagraphNumbers(_ article: Article) -> [Alinea] {
        article.paragraphs.flatMap { paragraph in
            paragraph.alineas.enumerated().map { j, alinea in
                guard j == 0, let number = paragraph.number else { return alinea }
                var numbered = alinea
                numbered.sentences = [Sentence("§ \(number). " + alinea.text)]
                return numbered
            }
        }
    }

    /// The words read as an instruction, without changing what the parser remembers
    /// (`nil` when they are not one, or do not read).
    func trialParse(_ text: String, context: [UnitStep] = [], act: ActCitation? = nil) -> InstructionParser.Parsed? {
        guard let tokens = try? Tokenizer.tokens(text), ClauseKind.of(tokens) == .instruction else { return nil }
        var trial = parser
        return try? trial.parse(text, context: context, act: act)
    }

    /// True when the words read as a lead-in ("… les modifications suivantes sont apportées :")
    /// inside `context`.
    func isLeadIn(_ text: String, context: [UnitStep], act: ActCitation?) -> Bool {
        trialParse(text, context: context, act: act)?.outputs.contains(where: \.isLeadIn) == true
    }

    /// True when the alinéa reads as an instruction of its own.
    func isInstruction(_ alinea: Alinea) -> Bool {
        trialParse(alinea.text) != nil
    }

    mutating func emit(_ parsed: InstructionParser.Parsed, source: EditSource) {
        // An instruction that names no act, in an act whose title names several: the act
        // the heading of its chapter names ("Chapitre 2. - Modification de l'arrêté …").
        let act = parsed.act ?? headingAct()
        // « dans les lignes ayant trait aux codes A et B, … les mots … »: the words in each
        // row, each its own edit.
        let rows: [TableRow?] = parsed.rows.isEmpty ? [nil] : parsed.rows
        for output in parsed.outputs where !output.isLeadIn {
            let inRow = output.change?.seeksWords == true || { if case .replaceCell? = output.change { true } else { false } }()
            for row in (inRow ? rows : [nil]) {
                edits.append(Edit(source: source, targetAct: act, target: output.target, change: output.change,
                                  history: history(of: output.target, parsed), notes: parsed.notes + output.notes + output.warnings))
                // Made where it stands in the list: built aside, the edit (some 800 bytes, a retain
                // per field) was copied into the list and destroyed.
                let e = edits.count - 1
                edits[e].row = row
                if row != nil {
                    edits[e].column = parsed.table.lazy.compactMap(TableColumn.init(cell:)).first
                    edits[e].tableNamed = parsed.table.first { $0.hasPrefix("concernant ") }
                }
                for warning in output.warnings where row == rows.first {
                    diagnostics.append(.warning(warning, file: file, line: source.line, unit: source.unit))
                }
                edits[e].insertedBy = parsed.insertions
                if act == nil {
                    let message = "the instruction names no act, and the amending act's title names \(parser.registry.titleActs.count) acts"
                    edits[e].error = message
                    diagnostics.append(.error(message, file: file, line: source.line, unit: source.unit))
                } else if parsed.act == nil {
                    edits[e].notes.append("the act is the one the heading of its division names")
                }
                if output.byOwnAnnex {
                    // The annex named ("l'annexe 2 jointe au présent arrêté"), else the only one.
                    let index = output.ownAnnex.flatMap(Int.init).map { $0 - 1 } ?? (annexes.count == 1 ? 0 : nil)
                    let name = output.ownAnnex.map { "annex \($0)" } ?? "annex"
                    let verb = switch output.change {
                    case .insertUnits?: "inserts as its new annex"
                    case .appendRows?: "completes a table's columns as shown in"
                    default: "replaces the annex by"
                    }
                    var problem: String?
                    if annexes.isEmpty {
                        problem = "the instruction \(verb) the annex of this act, but this act has no annex"
                    } else if let index, annexes.indices.contains(index) {
                        if annexes[index].isEmpty {
                            problem = "the instruction \(verb) the \(name) of this act, whose text this file does not hold"
                        } else if let note = Self.placeholder(annexes[index]) {
                            // "(NOTE : pas de version française, voir version néerlandaise)" (2021040111):
                            // Justel's word that the text is elsewhere, never the annex's text.
                            problem = "the instruction \(verb) the \(name) of this act, whose text this file does not hold: Justel prints « \(note) » in its place"
                        } else if case .insertUnits(let unit, _, _)? = edits[e].change {
                            // A new annex: its text read as the units it brings, as a quoted one is.
                            switch FragmentReader.read(annexes[index], as: unit.expectedText) {
                            case .success(let read): edits[e].change = edits[e].change?.replacingFragment(read)
                            case .failure(let failure): problem = failure.message
                            }
                        } else if case .appendRows? = edits[e].change {
                            // The rows the table gains: those of the annex's table, which it must be
                            // (an alinéa holds a table's lines).
                            let lines = annexes[index].flatMap { $0.split(separator: "\n").map(String.init) }.filter { !$0.trimmingSpaces.isEmpty }
                            if TableText.isTable(lines) {
                                // Its rows: the `| --- |` line and rows without a word are no rows
                                // (hand check 16: « 17 row(s) » for twelve months and their headings).
                                let rows = TableText.rows(lines).filter { !TableLines.isSeparator($0) && TableLines.holdsWords($0) }
                                edits[e].change = .appendRows(Fragment(blocks: rows, content: .text))
                            } else {
                                problem = "the instruction \(verb) the \(name) of this act, which is not a table (« \(Scanner.excerpt(annexes[index].first ?? "")) »)"
                            }
                        } else {
                            edits[e].change = .replaceUnits(Fragment(blocks: annexes[index], content: .text))
                        }
                    } else {
                        problem = index == nil ? "the instruction \(verb) an annex of this act, which has \(annexes.count): it does not say which"
                                               : "the instruction \(verb) the \(name) of this act, which has \(annexes.count) annex(es)"
                    }
                    if let problem {
                        edits[e].error = problem
                        diagnostics.append(.error(problem, file: file, line: source.line, unit: source.unit))
                    }
                }
            }
            // "le Titre V, inséré par l'article 1er": what this article inserts, for later articles.
            if case .insertUnits(let unit, _, _)? = output.change, let step = unit.step, parser.insertedByArticle[source.article] == nil {
                parser.insertedByArticle[source.article] = (act, output.target.steps + [step])
            }
        }
    }

    /// The history clauses of the units an edit of `target` is in: its lead-ins' (outermost
    /// first), then its instruction's own.
    func history(of target: UnitReference, _ parsed: InstructionParser.Parsed) -> [String] {
        var clauses = InstructionParser.Parsed.clauses(leadInHistories, of: target)
        for clause in parsed.history(of: target) where !clauses.contains(clause) { clauses.append(clause) }
        return clauses
    }

    /// The act named by the innermost heading of the current article's divisions that names one.
    func headingAct() -> ActCitation? {
        guard divisions.indices.contains(current) else { return nil }
        for division in divisions[current].reversed() {
            if let act = parser.registry.act(namedBy: division.heading) { return act }
        }
        return nil
    }

    mutating func fail(_ source: EditSource, context: [UnitStep], act: ActCitation?, _ message: String) {
        edits.append(Edit(source: source, targetAct: act, target: UnitReference(context), change: nil, error: message))
        diagnostics.append(.error(message, file: file, line: source.line, unit: source.unit))
    }

    // MARK: - Entry into force

    mutating func applyEntryIntoForce() {
        let publication = amending.publication
        // Every part an entry-into-force clause names must exist in this act.
        var named = entryIntoForce.exceptions.flatMap { rule in rule.selectors.map { ($0, rule.article, rule.line) } }
        named += entryIntoForce.excluded.map { ($0.selector, $0.article, entryIntoForce.general?.line) }
        let known = named.isEmpty ? [] : Walker.sourcePaths(articles, wanted: Set(named.map(\.0.article)))
        for (selector, article, line) in named where !known.contains(selector) {
            diagnostics.append(.error("the entry-into-force clause names \(selector), which does not exist in this act", file: file, line: line, unit: "Art. \(article)"))
        }
        var warned = Set<SourceSelector>()
        var saidStarts = false
        var saidStartsDiffers = false
        for k in edits.indices {
            let source = edits[k].source
            var effective: EffectiveDate
            var saysRetroactive = false
            if let rule = entryIntoForce.exceptions.filter({ $0.selectors.contains { $0.contains(source) } })
                .max(by: { a, b in depth(a, source) < depth(b, source) }) {
                effective = rule.effective
                saysRetroactive = rule.saysRetroactive
            } else if let unread = unreadEntryIntoForce, entryIntoForce.general == nil || unread.cited.map({ $0.contains(source.article) }) ?? true {
                // A clause of entry into force not read: any edit it may date has no known
                // date — an error on the edit, never the default tenth day as if read.
                if edits[k].error == nil {
                    edits[k].error = "its entry into force is not known: the entry-into-force clause of art. \(unread.article)\(unread.line.map { " (line \($0))" } ?? "") could not be read"
                    edits[k].undatedByClauseAt = unread.line
                }
                continue
            } else if let excluded = entryIntoForce.excluded.first(where: { $0.selector.contains(source) }) {
                effective = .pending("excepted from the general entry into force by art. \(excluded.article), and no date is given for it")
                if warned.insert(excluded.selector).inserted {
                    diagnostics.append(.warning("\(excluded.selector) is excepted from the general entry into force but no clause gives it a date: read as pending", file: file, line: source.line, unit: "Art. \(excluded.article)"))
                }
            } else if let general = entryIntoForce.general {
                effective = general.effective
                saysRetroactive = general.saysRetroactive
                // « Le présent décret entre en vigueur à partir de l'année académique 2023-2024 »
                // (2023040026; hand check 15): a clause for the whole act that gives no day,
                // where the front matter gives one (Justel's `starts:`): that day, said. The
                // base act's own clause is read the same way.
                if case .pending(let why) = effective, let starts = act.metadata.entryIntoForce {
                    effective = .date(starts)
                    let note = "its entry into force « \(why) » is not a day: the front matter's 'starts: \(starts.iso)' taken"
                    edits[k].notes.append(note)
                    if !saidStarts {
                        saidStarts = true
                        diagnostics.append(.warning(note, file: file, line: general.line, unit: "Art. \(general.article)"))
                    }
                }
                // The act's own clause and the front matter's `starts:` give two days (look 42: the
                // clause taken without a word): the act's words are taken, and the other day said.
                if let date = effective.date, let starts = act.metadata.entryIntoForce, date != starts, !saidStartsDiffers {
                    saidStartsDiffers = true
                    diagnostics.append(.warning("art. \(general.article) dates the act from \(date.iso), the front matter's 'starts: \(starts.iso)' from another day: the act's own words are taken", file: file, line: general.line, unit: "Art. \(general.article)"))
                }
                if let condition = general.condition, effective.date != nil {
                    edits[k].notes.append("in force on that date « \(condition) »: a condition Chronolex does not check")
                }
            } else if let starts = act.metadata.entryIntoForce {
                effective = .date(starts)
            } else if let publication {
                // The default rule: the tenth day after publication in the Moniteur belge.
                effective = .date(publication.adding(days: 10))
            } else {
                effective = .pending("no entry-into-force clause and no publication date")
            }
            edits[k].effective = effective
            if let date = effective.date, let publication {
                edits[k].retroactive = date < publication
            } else {
                edits[k].retroactive = saysRetroactive
            }
        }
    }

    private func depth(_ rule: EntryIntoForceRule, _ source: EditSource) -> Int {
        rule.selectors.filter { $0.contains(source) }.map(\.points.count).max() ?? -1
    }

    // MARK: - Helpers

    /// The articles a clause names (« l'article 2 », « les articles 3, 5 et 7 à 9 », « de
    /// artikelen 1 tot en met 3 »), normalised; `nil` when it names none, or when a list is
    /// not read to its end for certain (look 25: « 1 tot en met 3 », « 1er, 2 ainsi que 3 »,
    /// « et les articles suivants » read short, the rest taking the general date), or names
    /// an article of another act (« l'article 3 de la loi du … »): then every edit counts
    /// as named.
    static func citedArticles(_ text: String) -> Set<String>? {
        guard let tokens = try? Tokenizer.tokens(text) else { return nil }
        // What may follow a list of articles read whole: its verb or relative, or the end.
        let ends: Set<String> = ["entre", "entrent", "produit", "produisent", "sort", "sortent", "retroagit", "retroagissent",
                                 "dont", "qui", "lesquels", "lequel", "est", "sont", "ont", "treedt", "treden", "heeft", "hebben",
                                 "dat", "die", "wordt", "worden", "werken", "werkt", "terugwerkt", "terugwerken"]
        let articleWords: Set<String> = ["article", "articles", "l'article", "artikel", "artikelen"]
        var cited = Set<String>()
        var k = 0
        while k < tokens.count {
            guard articleWords.contains(tokens[k].folded) else {
                k += 1
                continue
            }
            k += 1
            var previous: Int?
            var range = false
            var numbers = 0
            while k < tokens.count {
                let token = tokens[k]
                if token.startsWithDigit {
                    let number = ArticleNumber.normalized(token.text)
                    if range {
                        guard let from = previous, let to = Int(number), from < to, to - from < 1000 else { return nil }
                        for n in from...to { cited.insert(String(n)) }
                    } else {
                        cited.insert(number)
                    }
                    previous = Int(number)
                    range = false
                    numbers += 1
                } else if token.isWord("a") || token.isWord("tot") {
                    range = true
                    // « tot en met »: up to and including.
                    if token.isWord("tot"), k + 2 < tokens.count, tokens[k + 1].isWord("en"), tokens[k + 2].isWord("met") { k += 2 }
                } else if token.isMark(",") || ["et", "en"].contains(token.word) {
                    // joined
                } else {
                    break
                }
                k += 1
            }
            // The list must end on a verb, a relative or the clause's end, right after a number.
            guard numbers > 0, !range else { return nil }
            if k < tokens.count {
                let next = tokens[k]
                // Another list of this act's articles after a comma (« à l'article 3, l'article 2 »).
                let anotherList = articleWords.contains(next.folded)
                    || ["l'", "les", "l", "de", "het"].contains(next.word) && k + 1 < tokens.count && articleWords.contains(tokens[k + 1].folded)
                guard next.isMark(".") || next.isMark(";") || ends.contains(next.folded) || anotherList else { return nil }
            }
        }
        return cited.isEmpty ? nil : cited
    }

    /// An alinéa that is nothing but a quotation (and final punctuation).
    static func isQuotationOnly(_ alinea: Alinea) -> Bool {
        guard alinea.points.isEmpty, let first = alinea.sentences.first?.text.utf8, first.starts(with: [0xC2, 0xAB]), let tokens = try? Tokenizer.tokens(alinea.text), tokens.first?.kind == .quote else { return false }
        return tokens.dropFirst().allSatisfy { $0.kind == .quote || $0.kind == .punctuation && ($0.isMark(".") || $0.isMark(";") || $0.isMark(",")) }
    }

    static func line(_ alinea: Alinea) -> Int? { alinea.sentences.first?.range?.start.line ?? alinea.range?.start.line }
    static func line(_ point: Point) -> Int? { point.sentences.first?.range?.start.line ?? point.range?.start.line }

    /// The words ``mentionsEntryIntoForceOrExecution(_:)`` looks for, made once.
    private static let entryIntoForceNeedles: [[UInt8]] = [Array("vigueur".utf8), Array("effets".utf8), Array("werking".utf8), Array("cution".utf8), Array("uitvoering".utf8)]

    /// True when the text holds a word of an entry-into-force or execution clause
    /// (`vigueur`, `effets`, `werking`, `exécution`, `uitvoering`): a linear byte search.
    static func mentionsEntryIntoForceOrExecution(_ text: String) -> Bool {
        let needles = entryIntoForceNeedles
        return text.utf8.withContiguousStorageIfAvailable { b -> Bool in
            var k = 0
            var depth = 0
            while k < b.count {
                let c = b[k]
                // Quotations are content: skipped.
                if c == 0xC2, k + 1 < b.count {
                    if b[k + 1] == 0xAB { depth += 1 } else if b[k + 1] == 0xBB, depth > 0 { depth -= 1 }
                }
                if depth > 0 || !(c == 0x76 || c == 0x65 || c == 0x77 || c == 0x63 || c == 0x75) {
                    k += 1
                    continue
                }
                for needle in needles where c == needle[0] && k + needle.count <= b.count {
                    var match = true
                    for j in 1..<needle.count where b[k + j] != needle[j] {
                        match = false
                        break
                    }
                    if match { return true }
                }
                k += 1
            }
            return false
        } ?? true
    }

    /// An alinéa's words with its enumeration, labels included (for entry-into-force clauses).
    static func flatten(_ alinea: Alinea) -> String {
        if alinea.points.isEmpty { return alinea.text }
        var blocks = [alinea.text]
        appendPoints(alinea.points, to: &blocks)
        return blocks.joined(separator: " ")
    }

    static func appendPoints(_ points: [Point], to blocks: inout [String]) {
        var stack: [ArraySlice<Point>] = [points[...]]
        while var top = stack.popLast() {
            guard let point = top.popFirst() else { continue }
            stack.append(top)
            blocks.append(point.label.description + " " + point.text)
            stack.append(point.points[...])
        }
    }

    /// Every article of `articles` whose number is `wanted`, and its sub-instructions, as
    /// entry-into-force clauses name them.
    static func sourcePaths(_ articles: [Article], wanted: Set<String>) -> Set<SourceSelector> {
        var result = Set<SourceSelector>()
        for article in articles {
            let number = ArticleNumber.normalized(article.number)
            guard wanted.contains(number) else { continue }
            result.insert(SourceSelector(article: number))
            var stack: [([PointLabel], [Point])] = article.alineas.map { ([], $0.points) }
            while let (path, points) = stack.popLast() {
                for point in points {
                    let here = path + [point.label]
                    result.insert(SourceSelector(article: number, points: here))
                    stack.append((here, point.points))
                }
            }
        }
        return result
    }
}
