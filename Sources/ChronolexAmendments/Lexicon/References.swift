import ChronolexModel

/// A citation of units as an instruction writes it ("l'article 160, § 4, alinéa 1er, de
/// l'arrêté du …, inséré par …"): the units, the act, the history clauses.
struct Reference {
    var parts: [UnitStep] = []
    var through: UnitStep?
    /// "l'alinéa", "l'article", "le paragraphe" without a number: the unit of the context,
    /// at this level.
    var bareLevel: Int?
    /// "ce point", "cet alinéa": a demonstrative before the unit's noun.
    var demonstrative = false
    /// "la colonne « Pourcentage »", "la ligne ayant trait au code 170101": a cell of a
    /// table, which the model does not hold (tables are words of their unit), as cited.
    var table: [String] = []
    /// The rows among them that the words describe, when they do (« la ligne qui commence
    /// par " X " », « les lignes ayant trait aux codes 170302A et 170302B »).
    var tableRows: [TableRow] = []
    /// "les articles 20 et 24": the unit named first (`art. 20`) and the others, each its
    /// own edit, in the first's place.
    var listed: UnitStep?
    var others: [UnitStep] = []
    /// True when `through` is the second of two units joined by « et » that follow each
    /// other ("les §§ 2 et 3"): a range for one new text, those two units for a place.
    var throughByEt = false
    /// « 3° et 4°, a) »: the unit named before the last (`3°`, with its containers), a
    /// place of its own beside `parts` (`4°, a)`).
    var beside: [UnitStep]?
    /// A second list in the same citation ("les articles 20 et 24, alinéas 2 et 4"): not read.
    var secondList: UnitStep?
    var act: CitedAct?
    var history: [String] = []
    var notes: [String] = []
    /// "dont le texte actuel formera le § 1er": the present text takes this number.
    var wrapAs: [UnitStep]?
    /// "la même section", "le même article": the unit of that kind the instruction before
    /// cited (the noun, folded: `section`, `article`).
    var sameUnit: String?
    /// "l'alinéa 2, inséré par l'arrêté du …": the act that inserted the alinéa, by its date.
    var insertion: InsertionClaim?
    /// "le Titre V, inséré par l'article 1er": the unit an earlier article of the amending
    /// act itself inserts (that article's number).
    var insertedByArticle: String?
    /// True when a container was read ("l'alinéa 2 du § 3"): a history clause after it may
    /// be the container's.
    var hadContainer = false
    /// True when the parts stand in the order the act writes them, which the model's ranks
    /// do not give (« le tableau repris au point 1, c, 2° »: a 2° inside a c) inside a 1):
    /// kept so, never reordered (nor widened to the unit above).
    var asWritten = false

    var isEmpty: Bool { parts.isEmpty && bareLevel == nil && act == nil }
}

/// Reads citations of units: the steps (`l'article 8`, `§ 2`, `alinéa 1er`, `le 4°`,
/// `la deuxième phrase`, `l'annexe`, `l'intitulé`, `le chapitre 3`), chained by commas,
/// with their containers ("le 6° de l'annexe"), the act cited, and history clauses.
enum ReferenceReader {
    static let determiners = Lexicon.determiners
    static let divisionWords = Lexicon.divisionWords
    static let historyStems = ["modifi", "inser", "remplac", "abrog", "retabli", "complet", "renumerot"]
    /// The Dutch participles of a history clause, before « bij ».
    static let dutchHistory: FoldedWords = ["gewijzigd", "opgeheven", "ingevoegd", "vervangen", "hersteld", "aangevuld", "hernummerd", "vernummerd"]
    static let namedDivisionWords = Lexicon.namedDivisionWords

    /// Reads a reference at the cursor (determiner included); `nil`, cursor unmoved, when
    /// no unit or act is cited there. What was read ahead at the cursor, over the same
    /// tokens (``Scanner/references``), is taken as it is.
    static func read(_ s: inout Scanner) -> Reference? {
        if let known = s.references[s.index] {
            s.index = known.end
            return known.reference
        }
        return readHere(&s)
    }

    /// What ``read(_:)`` reads at the cursor, computed.
    static func readHere(_ s: inout Scanner) -> Reference? {
        let start = s.index
        var ref = Reference()
        // "ce point est complété", "cet alinéa", "cette phrase" (2023200641, art. 15, 2°): the
        // unit of the context, as "le point" would be; only before a unit's noun.
        if s.takeAny(determiners) == nil, let w = s.foldedWord(), ["ce", "cet", "cette"].contains(w),
           let noun = s.foldedWord(1), ["point", "article", "paragraphe", "alinea", "phrase"].contains(noun) {
            s.index += 1
            ref.demonstrative = true
        }
        guard readSteps(&s, into: &ref) else {
            s.index = start
            // An act alone: "Dans le même arrêté", "Dans l'arrêté du Gouvernement du …".
            if let act = CitationReader.read(&s, afterDeterminer: false) {
                ref.act = act
                readTrailer(&s, into: &ref)
                return ref
            }
            s.index = start
            return nil
        }
        // Chained steps: ", § 4, alinéa 1er, 10°", and "l'article 21 § 1er" (no comma before a
        // paragraph or an alinéa).
        while true {
            if s.isMark(","), isStepStart(s, at: 1) {
                s.index += 1
            } else if s.isMark(","), let skip = prepositionBeforeStep(s, at: 1) {
                // "A l'article 41bis, au point 5, du même décret": the unit inside, then the act.
                s.index += 1 + skip
            } else if !(s.isText("§") || s.isWord("alinea")) || !isStepStart(s, at: 0) {
                break
            }
            let listedPoint: UnitStep? = if case .point? = ref.through ?? ref.listed { ref.through ?? ref.listed } else { nil }
            let throughBefore = ref.through
            guard readSteps(&s, into: &ref) else { break }
            // « alinéas 2 et 3, 1° », « §§ 1er et 2, alinéa 1er » (hand check 17's probes): a unit
            // inside the last of a range — of both, or of the last alone? It was read as a range
            // from « al. 2, 1° » to « al. 3 », and the 1° of the al. 3 left unchanged without a
            // word. Not read: said. (Points are below: « 3° et 4°, a) ».)
            if let range = throughBefore, listedPoint == nil, let last = ref.parts.last, last.level > range.level {
                s.index = start
                return nil
            }
            // « 3° et 4°, a) » (2023200703, art. 3, 7°; hand check 15): the a) is named after
            // the 4°, and is the 4°'s — as « l'article 3 et l'article 4, § 2 » names the § 2
            // of the 4 — so the places are the 3° whole and the 4°, a) (it was once read as a
            // range from 3°, a) to the 4°). Only two points joined by « et »; a range or a
            // longer list with a point inside is not read.
            if let listedPoint, case .point? = ref.parts.last, let last = ref.parts.last, last.level > listedPoint.level {
                // Two points exactly, the second right after the first (« 3°, 4° et 5°, a) » would
                // lose the 4°), and one point inside (« 4°, a) et b) » would lose the b)).
                guard ref.throughByEt, ref.listed == nil, ref.others.isEmpty, ref.through == throughBefore,
                      let index = ref.parts.lastIndex(where: { if case .point = $0 { $0.level == listedPoint.level } else { false } }),
                      InstructionParser.follows(listedPoint, ref.parts[index]) else {
                    s.index = start
                    return nil
                }
                let first = ref.parts[index]
                ref.beside = Array(ref.parts[...index])
                ref.parts[index] = listedPoint
                ref.through = nil
                ref.throughByEt = false
                ref.notes.append("« \(first) et \(listedPoint), \(last) »: the \(first) whole, and the \(last) of the \(listedPoint)")
            }
        }
        // Containers: "le 6° de l'annexe", "du quatrième alinéa", "de l'article 4".
        while true {
            skipDivisionSubject(&s, into: &ref)
            let save = s.index
            guard s.takeAny(["de", "du", "des", "van"]) != nil else { break }
            _ = s.takeAny(["l'", "la", "les", "het", "de"])
            var container = Reference()
            if readSteps(&s, into: &container) {
                ref.parts = container.parts + ref.parts
                ref.notes += container.notes
                ref.hadContainer = true
                if ref.bareLevel != nil, container.bareLevel == nil { /* "l'alinéa du § 2" keeps the bare level */ }
            } else {
                s.index = save
                break
            }
        }
        if !ref.asWritten { ref.parts = sorted(ref.parts) }
        // "l'intitulé du 11°" (2019030053, art. 27): a point's heading is its words before
        // its enumeration, its introductory phrase.
        if let h = ref.parts.firstIndex(of: .heading), h + 1 < ref.parts.count, case .point = ref.parts[h + 1] {
            ref.parts.remove(at: h)
            ref.parts.append(.introduction)
        }
        // The act: "du même arrêté", ", de l'arrêté du …", and for an annex "à l'arrêté du …"
        // ("L'annexe 1re à l'arrêté du Gouvernement flamand du …", "l'annexe au même arrêté").
        let save = s.index
        if s.isMark(",") { s.index += 1 }
        if let act = CitationReader.read(&s, afterDeterminer: false) {
            ref.act = act
            if let length = CitationReader.danglingAct(s) {
                ref.notes.append(Scanner.render(s.tokens[s.index..<(s.index + length)]) + " (words that name no act, after the cited title: not read)")
                s.index += length
            }
        } else if case .annex? = ref.parts.last, let act = { s.index = save; return readAnnexAct(&s) }() {
            ref.act = act
        } else {
            s.index = save
        }
        readTrailer(&s, into: &ref)
        return ref
    }

    /// "le titre 3 relatif à l'amiante du livre VI du même code" (2023200641, art. 16): a
    /// division described by its subject before its container or act; the description is
    /// kept as a note. Only when a container or an act follows within a dozen words.
    static func skipDivisionSubject(_ s: inout Scanner, into ref: inout Reference) {
        guard case .division? = ref.parts.last, let w = s.foldedWord(), ["relatif", "relative", "relatifs", "relatives"].contains(w) else { return }
        var probe = s
        probe.index += 1
        for _ in 0..<12 {
            guard let token = probe.peek(), token.text != ",", token.kind != .quote else { return }
            if let word = probe.word(), ["de", "du", "des"].contains(word) {
                var container = probe
                container.index += 1
                _ = container.takeAny(["l'", "la", "les"])
                var steps = Reference()
                var act = probe
                if readSteps(&container, into: &steps) || CitationReader.read(&act, afterDeterminer: false) != nil {
                    ref.notes.append(Scanner.render(s.tokens[s.index..<probe.index]))
                    s.index = probe.index
                    return
                }
            }
            probe.index += 1
        }
    }

    /// "à l'arrêté du …", "au même arrêté": the act an annex is joined to.
    static func readAnnexAct(_ s: inout Scanner) -> CitedAct? {
        let start = s.index
        if s.take("au"), let act = CitationReader.read(&s, afterDeterminer: true) { return act }
        s.index = start
        if s.take("a") {
            _ = s.takeAny(["l'", "la"])
            if let act = CitationReader.read(&s, afterDeterminer: true) { return act }
        }
        s.index = start
        return nil
    }

    /// True when a history clause starts at `offset`: « modifié par … », « modifié en
    /// dernier lieu par … », « remplacé complètement par … » (2020200412), « inséré par … ».
    static func isHistoryClause(_ s: Scanner, at offset: Int) -> Bool {
        // Dutch « , gewijzigd bij het besluit van … », « opgeheven bij … », « laatst gewijzigd
        // bij … » (it was read as words of the cited act's title, which then matched no act,
        // the edit « aimed at another act »).
        if let participle = s.word(offset), dutchHistory.contains(participle), s.isWord("bij", at: offset + 1) { return true }
        if s.isWord("laatst", at: offset), s.isWord("gewijzigd", at: offset + 1), s.isWord("bij", at: offset + 2) { return true }
        guard let participle = s.word(offset), historyStems.contains(where: { Scanner.isParticiple(participle, $0) || participle == $0 }) else { return false }
        if s.isWord("par", at: offset + 1) { return true }
        if s.isWord("en", at: offset + 1), s.isWord("dernier", at: offset + 2), s.isWord("lieu", at: offset + 3) { return s.isWord("par", at: offset + 4) }
        guard let adverb = s.word(offset + 1), historyAdverbs.contains(adverb) else { return false }
        return s.isWord("par", at: offset + 2)
    }

    /// Adverbs between a history clause's participle and « par ».
    static let historyAdverbs: FoldedWords = ["completement", "entierement", "partiellement", "successivement", "notamment", "ensuite"]

    /// History and relative clauses after a citation: ", modifié par …", ", qui devient
    /// l'alinéa 4", ", dont le texte actuel formera le § 1er".
    static func readTrailer(_ s: inout Scanner, into ref: inout Reference) {
        while true {
            // "Dans le Titre V inséré par l'article 1er, …": a history clause without its comma.
            let comma = s.isMark(",")
            guard let next = s.word(comma ? 1 : 0) else { return }
            if !comma, !(Scanner.isParticiple(next, "inser") && s.isWord("par", at: 1) && s.isWord("l'", at: 2) && s.isWord("article", at: 3)) {
                return
            }
            let offset = comma ? 1 : 0
            if isHistoryClause(s, at: offset) {
                s.index += offset
                let from = s.index
                skipClause(&s)
                ref.history.append(Scanner.render(s.tokens[from..<s.index]))
                readInsertion(s, from: from, participle: next, into: &ref)
            } else if comma, next == "tel" || next == "telle", s.isWord("qu'", at: 2) || s.isWord("que", at: 2) {
                // ", tel qu'il a été modifié à ce jour": a history clause without its acts.
                s.index += 1
                let from = s.index
                skipClause(&s)
                ref.history.append(Scanner.render(s.tokens[from..<s.index]))
            } else if comma, next == "devenant", ref.parts.last == .onlyAlinea, s.isWord("l'", at: 2), s.isWord("alinea", at: 3),
                      let number = s.word(4), ReferenceReader.ordinal(number) == 1, s.isMark(",", at: 5) {
                // « l'alinéa unique, devenant l'alinéa 1er, est remplacé » (2024200360, art. 6):
                // the alinéa that a later sub-instruction's new one follows; a remark. Another
                // number is left unread (which alinéa it means would depend on the others).
                s.index += 1
                let from = s.index
                s.index += 4
                ref.notes.append(Scanner.render(s.tokens[from..<s.index]))
            } else if comma, next == "qui" || next == "dont" || next == "comportant" || next == "comprenant" {
                s.index += 1
                let from = s.index
                // "dont le texte actuel formera …", "dont le texte existant formera …" (2023200641).
                if next == "dont", s.take("dont", "le", "texte", "actuel", "formera") || s.take("dont", "le", "texte", "existant", "formera") {
                    var wrap = Reference()
                    _ = s.takeAny(determiners)
                    if readSteps(&s, into: &wrap) {
                        while s.isMark(","), isStepStart(s, at: 1) {
                            s.index += 1
                            _ = readSteps(&s, into: &wrap)
                        }
                        ref.wrapAs = wrap.parts
                    }
                }
                skipClause(&s)
                ref.notes.append(Scanner.render(s.tokens[from..<s.index]))
            } else {
                return
            }
        }
    }

    /// What an "inséré par …" clause (the tokens from `from` to the cursor) says of the
    /// unit: "l'alinéa 2, inséré par l'arrêté du Gouvernement du 20 mai 2021" (one act, one
    /// date), "le Titre V, inséré par l'article 1er" (an article of the amending act itself).
    private static func readInsertion(_ s: Scanner, from: Int, participle: String, into ref: inout Reference) {
        guard Scanner.isParticiple(participle, "inser"), from + 3 < s.index, s.tokens[from + 2].isWord("l'") else { return }
        var scan = s
        if s.tokens[from + 3].isWord("article") {
            scan.index = from + 4
            guard let number = articleNumber(&scan) else { return }
            // Nothing after but "du présent décret", "de cet arrêté", "de la présente loi".
            let rest = s.tokens[scan.index..<s.index].map(\.folded)
            let ownAct = rest.isEmpty || rest.count <= 4 && (rest.contains("present") || rest.contains("presente") || rest.contains("cet") || rest.contains("ce"))
            if ownAct { ref.insertedByArticle = number }
            return
        }
        guard !ref.hadContainer, case .alinea? = ref.parts.last, let unit = ref.parts.last,
              CitationReader.actNouns.contains(s.tokens[from + 3].folded) else { return }
        for k in (from + 4)..<s.index {
            scan.index = k
            if scan.isWord("du"), let date = CitationReader.date(scan, at: 1) {
                ref.insertion = InsertionClaim(unit: unit, date: date)
                return
            }
        }
    }

    /// Skips to the comma that ends a clause (a comma followed by a date's day, as in
    /// "des 3 septembre 2015, 19 avril 2018 et …", does not end it).
    static func skipClause(_ s: inout Scanner) {
        while let token = s.peek() {
            // "…, modifié en dernier lieu par l'arrêté royal du 20 septembre 2023 est abrogé":
            // a history clause whose closing comma was forgotten ends at the verb.
            if token.kind == .word, token.isWord("est") || token.isWord("sont"),
               let verb = s.word(1), ["abrog", "rempl", "inser", "complet", "supprim", "retabl"].contains(where: { verb.hasPrefix($0) }) {
                return
            }
            if token.kind == .word, token.isWord("wordt") || token.isWord("worden") { return }
            // "le 2°, modifié par l'arrêté du 21 février 2017 et le 3° sont abrogés"
            // (2020200575, art. 17): a history clause whose comma was forgotten ends before the
            // next unit of the list (it once swallowed the 3°, without a word).
            if token.kind == .word, token.isWord("et"), let next = s.foldedWord(1), ["le", "la", "les", "l'"].contains(next), isStepStart(s, at: 2) {
                return
            }
            if token.kind == .punctuation {
                if token.isMark(",") {
                    // "des 3 septembre 2015, 19 avril 2018 et …", "du 7 juin 2009, du 28 décembre 2011 et …".
                    if CitationReader.date(s, at: 1) != nil || s.isWord("du", at: 1) && CitationReader.date(s, at: 2) != nil {
                        s.index += 1
                        continue
                    }
                    return
                }
                if token.isMark(";") || token.isMark(":") || token.isMark(".") { return }
            }
            s.index += 1
        }
    }

    /// True when the token at the offset opens a step without determiner (`§`, `alinéa`, `10°`, `a)`, `chapitre`).
    /// "au", "à la", "à l'", "aux" before a step: how many words to skip to reach it.
    static func prepositionBeforeStep(_ s: Scanner, at offset: Int) -> Int? {
        guard let w = s.word(offset) else { return nil }
        let skip: Int
        switch w {
        case "au", "aux": skip = 1
        case "a" where s.isWord("la", at: offset + 1) || s.isWord("l'", at: offset + 1): skip = 2
        default: return nil
        }
        return isStepStart(s, at: offset + skip) ? skip : nil
    }

    /// « chapitres 1er et 3 », « hoofdstukken 2 en 3 » at the cursor: the kind and the two
    /// numbers, normalised; `nil` for anything else (one number, a third after the second).
    static func divisionPair(_ s: Scanner, at offset: Int = 0) -> (DivisionKind, String, String)? {
        guard let w = s.word(offset), let kind = Lexicon.pluralDivisionWords[w], let first = s.peek(offset + 1), Lexicon.isDivisionNumber(first),
              s.isWord("et", at: offset + 2) || s.isWord("en", at: offset + 2), let second = s.peek(offset + 3), Lexicon.isDivisionNumber(second),
              !(s.isWord("et", at: offset + 4) || s.isWord("en", at: offset + 4)) else { return nil }
        return (kind, OrdinalNumber.normalized(first.text), OrdinalNumber.normalized(second.text))
    }

    static func isStepStart(_ s: Scanner, at offset: Int) -> Bool {
        guard let token = s.peek(offset) else { return false }
        if token.isText("§") { return true }
        guard token.kind == .word else { return false }
        let w = token.word
        if w == "alinea" || w == "alineas" || w == "paragraphe" || w == "paragraphes" || w == "paragraaf" || w == "phrase" || w == "lid" || namedDivisionWords.contains(w) { return true }
        if Lexicon.divisionKind(w.text, before: s.peek(offset + 1)) != nil || divisionPair(s, at: offset) != nil { return true }
        if w == "bepaling" || w == "bepalingen", s.isWord("onder", at: offset + 1) { return true }
        // "point 5", "point 3°".
        if w == "point", let next = s.peek(offset + 1), next.kind == .word, label(next) != nil || next.startsWithDigit { return true }
        // "au point B de l'annexe VI.3-2": a part of an annex lettered by a capital.
        if w == "point", letteredItem(s, at: offset + 1) != nil { return true }
        // "troisième tiret", "premier alinéa", "deuxième phrase".
        if let noun = s.word(offset + 1), ["tiret", "alinea", "phrase", "paragraphe", "lid", "zin"].contains(noun), ordinal(w.text) != nil { return true }
        // « l'unique alinéa », « het enige lid ».
        if (w == "unique" && s.isWord("alinea", at: offset + 1)) || (w == "enige" && s.isWord("lid", at: offset + 1)) { return true }
        // "la section 1, 1.3, le d)": a numbered item; "l'article 6, § 2, 2.;": a list item.
        if itemNumber(token) != nil || isListItem(s, at: offset) { return true }
        return label(token) != nil
    }

    /// The number of a numbered item as printed in an annex (`1.3`, `1.5.2`, `2.1.2.`,
    /// `1.A`): numbers of one or two digits (a capital letter after the first) joined by
    /// dots, the final dot dropped; `nil` for anything else — `1.000` is an amount, `2019.1`
    /// no item.
    static func itemNumber(_ token: Token) -> String? {
        // Most numbers have no dot (`2`, `1er`): nothing to cut (this runs wherever a
        // citation may go on). `F.1.6.3`: a capital first (the list of implants' chapters).
        guard token.kind == .word, token.text.utf8.contains(UInt8(ascii: ".")),
              token.startsWithDigit || token.text.utf8.first.map({ $0 >= 0x41 && $0 <= 0x5A }) == true else { return nil }
        return ItemNumber.parse(Substring(token.text))
    }

    /// An entry of the list of implants at the cursor — « prestation 172491-172502 », «
    /// condition de remboursement F- § 19 », « liste nominative 38501 » or « Liste nominative
    /// « Implants … » » — with its number of tokens; `nil` for anything else.
    static func listEntry(_ s: Scanner) -> (Int, UnitStep)? {
        guard let w = s.foldedWord() else { return nil }
        if w == "prestation", let code = s.peek(1), code.kind == .word, isPrestationCode(code.text) {
            return (2, .entry("prestation", code.text))
        }
        if w == "condition", s.isWord("de", at: 1), s.isWord("remboursement", at: 2) {
            // « F- § 19 », « A- § 05 »: a chapter's letter, a dash, « § », a number.
            var k = 3
            var code: [String] = []
            while k < 7, let token = s.peek(k), token.kind != .quote {
                code.append(token.text)
                k += 1
                if token.startsWithDigit, code.count > 1 { break }
            }
            guard let first = code.first?.first, first.isUppercase, code.contains("§"), code.last?.first?.isNumber == true else { return nil }
            return (k, .entry("condition de remboursement", code.joined(separator: " ").replacingOccurrences(of: " - ", with: "- ").replacingOccurrences(of: " -", with: "-")))
        }
        if w == "liste", s.isWord("nominative", at: 1), let name = s.peek(2), name.kind == .quote || name.startsWithDigit {
            return (3, .entry("liste nominative", name.kind == .quote ? "« \(name.text) »" : name.text))
        }
        return nil
    }

    /// `172491-172502`: a prestation's two codes of six figures (ambulatory and hospital).
    static func isPrestationCode(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { $0.count == 6 && $0.allSatisfy(\.isNumber) }
    }

    /// The fields of an entry of the list of implants, folded, as the acts name them.
    static let entryFields: [[String]] = [
        ["libelle"], ["base", "de", "remboursement"], ["montant", "du", "remboursement"], ["montant", "de", "remboursement"],
        ["modalites", "de", "remboursement"], ["marge", "de", "securite"], ["prix", "plafond"], ["intervention", "personnelle"],
        ["categorie", "de", "remboursement"],
    ]

    /// The first words of ``entryFields``.
    static let entryFieldStarts = FoldedWords(Set(entryFields.map { $0[0] }))

    /// A field of an entry at the cursor (« base de remboursement »), with its number of
    /// tokens, when an entry follows (« de la prestation … », after other fields) or the
    /// verb does (the entry is then the lead-in's); `nil` for anything else.
    static func entryField(_ s: Scanner) -> (Int, UnitStep)? {
        // Most steps start with no field's first word: told apart without comparing each.
        guard let w = s.foldedWord(), entryFieldStarts.contains(w) else { return nil }
        guard let field = entryFields.first(where: { words in words.indices.allSatisfy { s.isWord(words[$0], at: $0) } }) else { return nil }
        var probe = s
        probe.index += field.count
        let name = Scanner.render(s.tokens[s.index..<probe.index])
        // What follows: another field, the entry, or the verb.
        var after = probe
        if after.take("et") || after.take(",") {
            _ = after.takeAny(determiners)
            guard entryField(after) != nil else { return nil }
            return (field.count, .field(name))
        }
        if after.takeAny(["de", "du"]) != nil {
            _ = after.takeAny(["la", "l'"])
            guard listEntry(after) != nil else { return nil }
            return (field.count, .field(name))
        }
        guard let verb = after.word(), ["est", "sont"].contains(verb) else { return nil }
        return (field.count, .field(name))
    }

    /// « Liste, jointe comme annexe 1re », « Listes nominatives, jointes comme annexe 2 »:
    /// one to three words, the first a capital, then « , joint(e)(s) comme annexe » and a
    /// number. The number of tokens and the annex's number; `nil` for anything else.
    static func namedAnnex(_ s: Scanner) -> (Int, String)? {
        // A first byte in ASCII other than a capital opens no capital (a letter with marks
        // after it is a capital only when the letter is).
        guard let first = s.peek(), first.kind == .word, let byte = first.text.utf8.first, byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A),
              first.text.first?.isUppercase == true else { return nil }
        var k = 1
        while k < 3, let token = s.peek(k), token.kind == .word, token.text.first?.isLetter == true { k += 1 }
        guard s.isMark(",", at: k), let verb = s.word(k + 1), ["joint", "jointe", "joints", "jointes"].contains(verb),
              s.isWord("comme", at: k + 2), s.isWord("annexe", at: k + 3),
              let number = s.peek(k + 4), number.kind == .word, number.startsWithDigit || isRomanAnnexNumber(number.text) else { return nil }
        // "annexe 1reà l'arrêté" (2022040037): the « à » glued to the number by the file.
        var text = Substring(number.text)
        if text.count > 1, text.last == "à", text.dropLast().last?.isLetter == true { text = text.dropLast() }
        return (k + 5, ["Ière", "Ire", "Ier"].contains(text) ? "I" : OrdinalNumber.normalized(String(text)))
    }

    /// The number that opens a division's heading as printed (« F. Chirurgie thoracique »,
    /// « 2. Dispositions finales », « III - Sanctions »): a capital letter, figures or a
    /// roman numeral, then a dot or a dash and words; `nil` for a heading that has none.
    static func headingNumber(_ heading: String) -> String? {
        let parts = heading.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, var number = parts.first else { return nil }
        var rest = parts[1]
        if number.last == "." { number = number.dropLast() } else if rest.hasPrefix("- ") { rest = rest.dropFirst(2) } else { return nil }
        guard !number.isEmpty, !rest.isEmpty, rest.first?.isLetter == true,
              number.allSatisfy(\.isNumber) || number.count == 1 && number.first!.isUppercase || number.allSatisfy({ "IVXLC".contains($0) }) else { return nil }
        return OrdinalNumber.normalized(String(number))
    }

    /// "le point B de l'annexe VI.3-2": a part of an annex lettered by one capital (not
    /// `I`, `V`, `X`, which may be roman numerals), followed by the citation's next step
    /// ("de l'annexe", "du même code") or its end (a comma); `nil` for anything else.
    static func letteredItem(_ s: Scanner, at offset: Int) -> String? {
        guard let token = s.peek(offset), token.kind == .word, token.text.utf8.count == 1,
              let c = token.text.utf8.first, c >= 0x41, c <= 0x5A, !"IVX".utf8.contains(c) else { return nil }
        guard let after = s.peek(offset + 1) else { return nil }
        guard after.isMark(",") || ["de", "du", "des"].contains(after.folded) else { return nil }
        return token.text
    }

    /// "le 5. est abrogé", "l'article 6, § 2, 2.;": a point numbered as a list item (`5.`):
    /// up to three digits, a full stop, then the verb, a semicolon, a comma or the end.
    static func isListItem(_ s: Scanner, at offset: Int) -> Bool {
        guard let token = s.peek(offset), token.kind == .word, token.text.utf8.count <= 3,
              token.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), s.isMark(".", at: offset + 1) else { return false }
        return s.peek(offset + 2).map { $0.isWord("est") || $0.isWord("sont") || $0.isMark(";") || $0.isMark(",") } ?? true
    }

    /// An annex numbered in capital roman numerals, alone or with the numbers of a code's
    /// annex after a dot: `III`, `VI.3-4` (the Code du bien-être au travail's annexes).
    static func isRomanAnnexNumber(_ text: String) -> Bool {
        // "l'annexe Ière", "l'annexe Ire" (2019200781): the first, written as an ordinal.
        if text == "Ière" || text == "Ire" || text == "Ier" { return true }
        let head = text.prefix { $0 != "." }
        guard !head.isEmpty, head.uppercased() == head, PointLabel.isRoman(head.lowercased()) else { return false }
        let rest = text.dropFirst(head.count)
        guard !rest.isEmpty else { return true }
        // ".3-4": digits joined by dots and dashes, ending with a digit; ".E": one capital.
        if rest.count == 2, rest.first == ".", let letter = rest.last, letter.isASCII, letter.isUppercase { return true }
        return rest.first == "." && rest.last?.isASCIIDigit == true
            && rest.allSatisfy { $0.isASCIIDigit || $0 == "." || $0 == "-" }
    }

    /// The second unit of "les alinéas 2 à 4" (a range), "les alinéas 3 et 4" (two that
    /// follow each other: a range too, which a replacement by one text needs) or "les
    /// alinéas 2 et 4" (two that do not: each its own edit, never the range between them).
    static func range(_ ref: inout Reference, _ last: UnitStep, listed: Bool) {
        guard listed, let first = ref.parts.last, !InstructionParser.follows(last, first) else {
            ref.through = last
            ref.throughByEt = listed
            return
        }
        if ref.listed != nil {
            ref.secondList = first
            return
        }
        ref.listed = first
        ref.others = [last]
    }

    /// "… à 4", "… et 4" after a unit just read: the second unit of the range or list, read
    /// by `next` from the token after « à » or « et »; the cursor unmoved when there is none.
    static func readSecond(_ s: inout Scanner, into ref: inout Reference, _ next: (Token) -> UnitStep?) {
        let save = s.index
        guard let joined = s.takeAny(["a", "et"]) else { return }
        guard let token = s.peek(), let step = next(token) else {
            s.index = save
            return
        }
        s.index += 1
        range(&ref, step, listed: joined == "et")
    }

    /// A column or row of a table as cited: "la colonne « Pourcentage »", "la colonne
    /// relative aux « Caractéristiques »", "la colonne 3", "la ligne ayant trait au code
    /// 170101", "les lignes ayant trait aux codes 170302A et 170302B", "la ligne qui commence
    /// par « … »". Consumed up to the comma or colon after it; `nil` (cursor unmoved) otherwise.
    ///
    /// The rows the words describe come typed too (``TableRow``), when they describe them.
    static func readTableCell(_ s: inout Scanner) -> (cell: String, rows: [TableRow])? {
        let start = s.index
        guard let noun = s.word() else { return nil }
        var rows: [TableRow] = []
        if noun == "ligne" || noun == "lignes" {
            var look = s
            look.index += 1
            // « les lignes 13, 14, 15 … ayant trait … aux matières intitulées " A ", " B " et
            // " C " »: rows by their numbers or names, read whole (the names hold commas).
            if noun == "lignes", let named = readRowsByName(&look) {
                s = look
                return (Scanner.render(s.tokens[start..<s.index]), named)
            }
            rows = readRows(&look, plural: noun == "lignes")
        }
        s.index += 1
        // "colonne « X »", "colonne 3".
        if let next = s.peek(), next.kind == .quote || next.startsWithDigit {
            s.index += 1
            return (noun + " " + (next.kind == .quote ? "« \(next.text) »" : next.text), rows)
        }
        // "relative aux « X »", "ayant trait au code 170101", "qui commence par « X » …".
        let introducers: [[String]] = [["relative"], ["relatives"], ["ayant", "trait"], ["qui", "commence"], ["qui", "commencent"], ["intitulee"]]
        guard introducers.contains(where: { words in words.enumerated().allSatisfy { s.isWord($0.element, at: $0.offset) } }) else {
            s.index = start
            return nil
        }
        var count = 0
        while let token = s.peek(), count < 30 {
            if token.kind == .punctuation, token.isMark(",") || token.isMark(":") || token.isMark(";") { break }
            if token.kind == .word, ["est", "sont"].contains(token.word) { break }
            s.index += 1
            count += 1
        }
        guard count < 30 else { s.index = start; return nil }
        return (Scanner.render(s.tokens[start..<s.index]), rows)
    }

    /// After « les lignes »: « ayant trait aux codes 170302A et 170302B » — a row each;
    /// after « la ligne », ``readRow(_:)``.
    static func readRows(_ s: inout Scanner, plural: Bool) -> [TableRow] {
        guard plural else { return readRow(&s).map { [$0] } ?? [] }
        guard s.take("ayant", "trait", "aux", "codes") || s.take("relatives", "aux", "codes") else { return [] }
        var keys: [String] = []
        // Codes hold digits (« 170302A »): the words after the list are not codes.
        while let key = s.peek(), key.kind != .quote, key.text.contains(where: \.isNumber) {
            s.index += 1
            keys.append(key.text)
            let save = s.index
            if s.take(",") || s.take("et"), s.peek()?.text.contains(where: \.isNumber) == true { continue }
            s.index = save
            break
        }
        return keys.count > 1 ? keys.map { .about($0) } : []
    }

    /// After « les lignes »: « 13, 14, 15 répétant les lignes 10, 11, 12 ayant trait
    /// respectivement aux matières intitulées " A ", " B " et " C " » (2023200531, art. 8, 5°,
    /// c)) — each row by its number and its words; « ayant trait aux matières intitulées " A "
    /// et " B " » (its d)) — each by its words. `nil`, cursor unmoved, otherwise; numbers and
    /// names that do not pair: `nil`.
    static func readRowsByName(_ s: inout Scanner) -> [TableRow]? {
        let start = s.index
        var numbers: [Int] = []
        while let token = s.peek(), token.kind == .word, let n = Int(token.text) {
            numbers.append(n)
            s.index += 1
            let save = s.index
            if s.take(",") || s.take("et"), let next = s.peek(), Int(next.text) != nil { continue }
            s.index = save
            break
        }
        // « répétant les lignes 10, 11, 12 »: which rows they repeat, a remark of the act.
        if !numbers.isEmpty, s.take("repetant", "les", "lignes") {
            while let token = s.peek(), token.kind == .word && Int(token.text) != nil || token.isMark(",") || token.isWord("et") && s.peek(1).map({ Int($0.text) != nil }) == true {
                s.index += 1
            }
        }
        guard s.take("ayant", "trait") else { s.index = start; return nil }
        _ = s.take("respectivement")
        guard s.takeAny(["aux", "a"]) != nil, s.takeAny(["matieres", "rubriques", "dechets", "produits"]) != nil else { s.index = start; return nil }
        _ = s.takeAny(["intitulees", "intitules", "denommees", "denommes"])
        var names: [String] = []
        while let name = s.takeQuote() {
            names.append(name.trimmingSpaces)
            let save = s.index
            if s.take(",") || s.take("et"), s.peek()?.kind == .quote { continue }
            s.index = save
            break
        }
        guard !names.isEmpty, numbers.isEmpty || numbers.count == names.count else { s.index = start; return nil }
        return numbers.isEmpty ? names.map { .named($0) } : zip(numbers, names).map { .numbered($0, about: $1) }
    }

    /// After « la ligne »: « qui commence par " X " » (« et (qui se) termine par " Y " »),
    /// or « ayant trait au code 170201 » (one code: « aux codes A et B » are two rows).
    static func readRow(_ s: inout Scanner) -> TableRow? {
        if s.take("qui", "commence", "par") || s.take("commencant", "par") {
            guard let first = s.takeQuote() else { return nil }
            let save = s.index
            _ = s.take(",")
            if s.take("et") {
                _ = s.take("qui")
                _ = s.take("se")
                if s.takeAny(["termine", "finit", "se"]) != nil || s.takeParticiple("termin") {
                    _ = s.take("termine")
                    if s.take("par"), let last = s.takeQuote() { return .startingWith(first.trimmingSpaces, endingWith: last.trimmingSpaces) }
                }
                return nil
            }
            s.index = save
            return .startingWith(first.trimmingSpaces, endingWith: nil)
        }
        if s.take("ayant", "trait", "au", "code") || s.take("relative", "au", "code") {
            guard let key = s.peek(), key.kind != .quote else { return nil }
            s.index += 1
            if s.isWord("et") { return nil }
            return .about(key.text)
        }
        return nil
    }

    /// A quoted heading that begins with a point's label and has words after it
    /// (« a) Titres requis »): the label.
    static func headedPoint(_ quoted: String) -> PointLabel? {
        let words = quoted.split(separator: " ", maxSplits: 1)
        guard words.count == 2, let label = PointLabel.parse(String(words[0]), after: nil) else { return nil }
        return label
    }

    static func label(_ token: Token) -> PointLabel? {
        guard token.kind == .word else { return nil }
        let utf8 = token.text.utf8
        guard let last = utf8.last else { return nil }
        if last == 0x29 { // `a)`
            guard utf8.count <= 8 else { return nil }
        } else {
            // `1°`, `1°bis`: a degree sign (C2 B0) after a digit.
            guard let first = utf8.first, first >= 0x30, first <= 0x39, utf8.count <= 16, utf8.contains(0xB0) else { return nil }
        }
        return PointLabel.parse(token.text, after: nil)
    }

    /// Reads one or more steps at the cursor (no determiner); false when none is there.
    static func readSteps(_ s: inout Scanner, into ref: inout Reference) -> Bool {
        var found = false
        while true {
            guard let step = readStep(&s, into: &ref) else { break }
            found = true
            readFormerNumber(&s, into: &ref)
            if !step { break }
        }
        return found
    }

    /// "l'alinéa 2 ancien, devenant l'alinéa 3": the unit as numbered when the instruction
    /// applies (an earlier point of the same article renumbered it), the old number noted.
    /// "ancien" alone is left unread: which number it means is not said.
    private static func readFormerNumber(_ s: inout Scanner, into ref: inout Reference) {
        let save = s.index
        guard s.takeAny(["ancien", "ancienne"]) != nil, s.isMark(","),
              let verb = s.word(1), ["devenant", "devenu", "devenue"].contains(verb) else {
            s.index = save
            return
        }
        s.index += 2
        _ = s.takeAny(determiners)
        var renamed = Reference()
        guard readSteps(&s, into: &renamed), let new = renamed.parts.last, let old = ref.parts.last, new.level == old.level else {
            s.index = save
            return
        }
        ref.parts[ref.parts.count - 1] = new
        ref.notes.append("\(old.description) ancien, devenant \(new.description)")
    }

    /// Reads one step; returns nil when none, true when another step may follow directly
    /// (never, today), false otherwise.
    private static func readStep(_ s: inout Scanner, into ref: inout Reference) -> Bool? {
        guard let token = s.peek() else { return nil }
        let w = token.word
        // « la prestation 172491-172502 », « la condition de remboursement F- § 19 », « la
        // Liste nominative 38501 »: an entry of the list of implants (2023040057, 2022040037).
        if let (length, entry) = listEntry(s) {
            s.index += length
            ref.parts.append(entry)
            return false
        }
        // « la base de remboursement et le montant du remboursement de la prestation … »: the
        // fields of an entry, each its own edit.
        if let (length, field) = entryField(s) {
            s.index += length
            ref.parts.append(field)
            var others: [UnitStep] = []
            while s.isWord("et") || s.isMark(",") {
                var probe = s
                probe.index += 1
                _ = probe.takeAny(determiners)
                guard let (more, other) = entryField(probe) else { break }
                probe.index += more
                others.append(other)
                s = probe
            }
            if !others.isEmpty {
                ref.listed = field
                ref.others = others
            }
            return false
        }
        // "de la Liste, jointe comme annexe 1re à l'arrêté royal …" (2023040057, 2022040037):
        // an annex named by its name first, then its number; the name kept as a note.
        if let (length, number) = namedAnnex(s) {
            ref.notes.append(Scanner.render(s.tokens[s.index..<(s.index + length)]))
            s.index += length
            ref.parts.append(.annex(number))
            return false
        }
        // « de bepaling onder 2° »: the Dutch for « le 2° » (look 19); « de bepalingen onder
        // 2° en 3° », « onder 2°, 4° en 6° », « onder 2° tot 4° »: for « les 2° et 3° »,
        // « les 2° à 4° » (look 23).
        if w == "bepaling" || w == "bepalingen", s.isWord("onder", at: 1), let token = s.peek(2), let point = label(token) {
            s.index += 3
            ref.parts.append(.point(point))
            if w == "bepalingen" { readDutchLabels(&s, after: point, into: &ref) }
            return false
        }
        // « l'unique alinéa », Dutch « het enige lid »: the one alinéa (« l'alinéa unique » is
        // read with « alinéa »).
        if (w == "unique" && s.isWord("alinea", at: 1)) || (w == "enige" && s.isWord("lid", at: 1)) {
            s.index += 2
            ref.parts.append(.onlyAlinea)
            return false
        }
        // « les deux premiers alinéas », « les trois derniers alinéas », Dutch « de twee
        // laatste leden », « de eerste twee leden » (look 31: not read): a range of alinéas
        // counted from the start or from the end.
        if let count = Lexicon.cardinals[w], count >= 2, let rank = s.word(1),
           (["premiers", "derniers"].contains(rank) && s.isWord("alineas", at: 2)) || (rank == "laatste" && s.isWord("leden", at: 2)) {
            s.index += 3
            ref.parts.append(rank == "premiers" ? .alinea(1) : .alineaFromEnd(count))
            ref.through = rank == "premiers" ? .alinea(count) : .alineaFromEnd(1)
            return false
        }
        if w == "eerste", let count = s.word(1).flatMap({ Lexicon.cardinals[$0] }), count >= 2, s.isWord("leden", at: 2) {
            s.index += 3
            ref.parts.append(.alinea(1))
            ref.through = .alinea(count)
            return false
        }
        // Dutch « de laatste zin », « het voorlaatste lid » (look 31: not read).
        if let noun = s.foldedWord(1), noun == "lid" || noun == "zin", w == "laatste" || w == "voorlaatste" {
            s.index += 2
            let n = w == "laatste" ? 1 : 2
            ref.parts.append(noun == "zin" ? .sentenceFromEnd(n) : .alineaFromEnd(n))
            return false
        }
        // "la deuxième phrase", "le troisième alinéa", "le dernier alinéa", "l'avant-dernier alinéa".
        if let noun = s.foldedWord(1), noun == "lid" || noun == "zin", let n = ordinal(w.text) {
            s.index += 2
            ref.parts.append(noun == "zin" ? .sentence(n) : .alinea(n))
            return false
        }
        // "troisième tiret", "le premier tiret": a dash point, by its position.
        if let noun = s.foldedWord(1), noun == "tiret", let n = ordinal(w.text) {
            s.index += 2
            ref.parts.append(.point(PointLabel(kind: .dash, value: String(n))))
            return false
        }
        if let noun = s.foldedWord(1), noun == "alinea" || noun == "phrase" || noun == "paragraphe" {
            if let n = ordinal(w.text) {
                s.index += 2
                ref.parts.append(noun == "phrase" ? .sentence(n) : (noun == "alinea" ? .alinea(n) : .paragraph(String(n))))
                return false
            }
            if noun == "alinea", w == "dernier" || w == "avant-dernier" {
                s.index += 2
                ref.parts.append(.alineaFromEnd(w == "dernier" ? 1 : 2))
                return false
            }
            // « la dernière phrase », « l'avant-dernière phrase » (look 31: not read).
            if noun == "phrase", w == "derniere" || w == "avant-derniere" {
                s.index += 2
                ref.parts.append(.sentenceFromEnd(w == "derniere" ? 1 : 2))
                return false
            }
        }
        // "la phrase introductive": the words before the enumeration.
        if w == "phrase", let next = s.foldedWord(1), next == "introductive" || next == "liminaire" {
            s.index += 2
            ref.parts.append(.introduction)
            return false
        }
        // "Au même 7°, a), 1er tiret" (2019030053, art. 27): the point just cited, in the
        // unit of the context.
        if w == "meme", let next = s.peek(1), label(next) != nil {
            s.index += 1
            return readStep(&s, into: &ref)
        }
        // "la même section", "le même article": resolved by the parser from the instruction before.
        if w == "meme", let noun = s.foldedWord(1), divisionWords[noun] != nil || namedDivisionWords.contains(noun) || noun == "article" {
            s.index += 2
            // "le même chapitre Ier": the number repeated.
            if let number = s.peek(), number.kind == .word, number.startsWithDigit || PointLabel.isRoman(Tokenizer.fold(number.text.replacingOccurrences(of: "er", with: ""))) && number.text.first?.isUppercase == true {
                s.index += 1
            }
            ref.sameUnit = noun.text
            return false
        }
        // Dutch « in hetzelfde artikel » (look 26: not read, where « In artikel 2 van hetzelfde
        // besluit » and French « Dans le même article » were): the same, the noun in French.
        if w == "hetzelfde", s.isWord("artikel", at: 1) {
            s.index += 2
            if let number = s.peek(), number.kind == .word, number.startsWithDigit { s.index += 1 }
            ref.sameUnit = "article"
            return false
        }
        if namedDivisionWords.contains(w), let number = s.peek(1), number.kind == .word, number.startsWithDigit {
            s.index += 2
            ref.parts.append(.namedDivision(token.text.lowercased(), OrdinalNumber.normalized(number.text)))
            return false
        }
        // "la définition de « X »", "la définition du terme « X »", "la définition « X »": the
        // unit of a list of definitions that defines X.
        if w == "definition" || w == "definitie" {
            var k = 1
            if let next = s.word(k), ["de", "du", "des", "van"].contains(next) { k += 1 }
            if let next = s.word(k), ["terme", "mot", "notion", "la", "l'", "le", "begrip", "term", "het", "de"].contains(next) { k += 1 }
            if let quote = s.peek(k), quote.kind == .quote {
                s.index += k + 1
                ref.parts.append(.definition(quote.text))
                return false
            }
        }
        // "dans la section 1, 1.3, le d)", "les 4.4 à 4.6", "la disposition 1.5.2", "le
        // point 1.A de l'annexe VI.3-4" (2023200531, 2023200641): a numbered item.
        let noun = ["disposition", "dispositions", "point", "points", "rubrique", "rubriques"].contains(w) ? 1 : 0
        // "la disposition du point 3° au point B" (2023200641, art. 13): the word for the
        // unit cited after it, which is the citation's own.
        if w == "disposition", s.isWord("du", at: 1), isStepStart(s, at: 2) {
            s.index += 2
            return readStep(&s, into: &ref)
        }
        // "2.1.2, la disposition est remplacée": the item of the context (the parser checks
        // that there is one).
        if w == "disposition", noun == 1, s.peek(1).flatMap(itemNumber) == nil {
            s.index += 1
            ref.bareLevel = UnitStep.item("").level
            return false
        }
        // "au point « F.1.6.3 Traitement endovasculaire d'une valve »" (2023040057): a
        // numbered item named by its number and heading as printed; the heading a note.
        if noun == 1, let quote = s.peek(1), quote.kind == .quote, let space = quote.text.firstIndex(of: " "),
           let number = ItemNumber.parse(quote.text[..<space]) {
            s.index += 2
            ref.parts.append(.item(number))
            ref.notes.append("\(token.text) « \(quote.text) »")
            return false
        }
        // "la disposition du point 3° au point B de l'annexe VI.3-2" (2023200641, art. 13):
        // a part of an annex lettered by a capital alone.
        if w == "point", let letter = letteredItem(s, at: 1) {
            s.index += 2
            ref.parts.append(.item(letter))
            return false
        }
        if let number = s.peek(noun).flatMap(itemNumber) {
            s.index += noun + 1
            ref.parts.append(.item(number))
            // "au 1.1., les modifications suivantes": the item's own final dot.
            if s.isMark("."), s.isMark(",", at: 1) || s.isMark(":", at: 1) || s.word(1).map({ ["du", "de", "des"].contains($0) }) == true {
                s.index += 1
            }
            readSecond(&s, into: &ref) { itemNumber($0).map { .item($0) } }
            return false
        }
        switch w {
        case "phrase" where !(s.peek(1)?.kind == .quote):
            // "la phrase est complétée …": the unit's one sentence (0 = "the only one").
            s.index += 1
            ref.parts.append(.sentence(0))
            return false
        case "article", "articles", "artikel", "artikelen":
            s.index += 1
            guard let number = articleNumber(&s) else {
                ref.bareLevel = 100
                return false
            }
            ref.parts.append(.article(number))
            guard w == "articles" || w == "artikelen" else { return false }
            // "les articles 5 à 7": a range. "les articles 20 et 24", "les articles 21, 22, 23
            // et 25": those articles, each its own edit — never the range between them (it
            // once read "20 et 24" as 20 to 24). Two that follow each other ("20 et 21") stay
            // a range, which the timeline refuses when another article stands between them.
            // Dutch « de artikelen 2 en 3 », « 5 tot (en met) 9 » (look 28: not read).
            let dutch = w == "artikelen"
            let save = s.index
            if dutch ? s.take("tot", "en", "met") || s.take("tot") : s.take("a") {
                if let last = articleNumber(&s) {
                    ref.through = .article(last)
                    return false
                }
                s.index = save
            }
            var others: [String] = []
            while true {
                let save = s.index
                let isLast = s.take(dutch ? "en" : "et")
                if !isLast { guard s.take(",") else { break } }
                guard let next = articleNumber(&s) else { s.index = save; break }
                others.append(next)
                if isLast { break }
            }
            if others.isEmpty { return false }
            if others.count == 1, let n = Int(number), Int(others[0]) == n + 1 {
                ref.through = .article(others[0])
            } else {
                ref.listed = .article(number)
                ref.others = others.map { .article($0) }
            }
            return false
        case "§", "paragraphe", "paragraphes", "paragraaf", "paragrafen":
            s.index += 1
            _ = s.take("§")
            guard let number = s.peek(), number.startsWithDigit else {
                ref.bareLevel = 200
                return false
            }
            s.index += 1
            ref.parts.append(.paragraph(OrdinalNumber.normalized(number.text)))
            if let joined = s.takeAny(["a", "et"]) {
                _ = s.take("§")
                if let last = s.peek(), last.startsWithDigit {
                    s.index += 1
                    range(&ref, .paragraph(OrdinalNumber.normalized(last.text)), listed: joined == "et")
                }
            }
            return false
        case "alinea", "alineas":
            s.index += 1
            // « l'alinéa unique de l'article 6 »: the one alinéa, checked when applied (it was
            // « matches no known instruction form »).
            if w == "alinea", s.isWord("unique") {
                s.index += 1
                ref.parts.append(.onlyAlinea)
                return false
            }
            guard let n = s.word().flatMap(ordinal) else {
                ref.bareLevel = 300
                return false
            }
            s.index += 1
            ref.parts.append(.alinea(n))
            readSecond(&s, into: &ref) { $0.kind == .quote ? nil : ordinal($0.folded).map { .alinea($0) } }
            return false
        case "annexe":
            s.index += 1
            if let number = s.peek(), number.startsWithDigit || isRomanAnnexNumber(number.text) {
                s.index += 1
                ref.parts.append(.annex(["Ière", "Ire", "Ier"].contains(number.text) ? "I" : OrdinalNumber.normalized(number.text)))
                // "l'annexe V.E. du même arrêté": the number's own final dot.
                if number.text.contains("."), s.isMark("."), s.isMark(",", at: 1) || s.word(1).map({ ["du", "de", "des", "a", "au"].contains($0) }) == true {
                    s.index += 1
                }
            } else {
                ref.parts.append(.annex(""))
            }
            return false
        case "intitule":
            s.index += 1
            // "l'intitulé « a) Titres requis »" (2019030053, art. 27, 1°): the point a), named
            // by its label and its heading (kept as a note).
            if let quote = s.peek(), quote.kind == .quote, let label = headedPoint(quote.text) {
                s.index += 1
                ref.parts.append(.point(label))
                ref.notes.append("l'intitulé « \(quote.text) »")
                return false
            }
            ref.parts.append(.heading)
            return false
        case "tableau" where !s.isWord("suivant", at: 1):
            // "Au tableau de l'article 1er de l'arrêté …, les modifications suivantes sont
            // apportées :" (2020040393): the table of the unit that follows, a remark; its
            // rows and cells are the sub-instructions'.
            s.index += 1
            ref.table.append("tableau")
            // "dans le tableau repris au point 1, b," (2021030322, art. 1): the unit that holds
            // the table, named after it.
            var probe = s
            if probe.takeAny(["repris", "reprise", "reprises"]) != nil || probe.take("qui", "figure") || probe.take("figurant") {
                _ = probe.takeAny(["au", "aux", "a", "dans"])
                _ = probe.takeAny(["la", "l'", "le", "les"])
                var container = Reference()
                let from = s.index
                if readSteps(&probe, into: &container), container.act == nil {
                    // "au point 1, c, 2°": the steps chained after it.
                    while probe.isMark(","), isStepStart(probe, at: 1) {
                        probe.index += 1
                        guard readSteps(&probe, into: &container) else { break }
                    }
                    let steps = container.parts
                    ref.parts += steps
                    ref.notes += container.notes
                    // Points whose kinds nest otherwise than the model's ranks (a 2° inside a c)
                    // inside a 1, hand check 16): kept as written — once the unit above, where
                    // words were then changed in a place the act does not name.
                    if !zip(steps, steps.dropFirst()).allSatisfy({ $0.level < $1.level }) {
                        ref.asWritten = true
                        ref.table[ref.table.count - 1] = "tableau " + Scanner.render(s.tokens[from..<probe.index])
                    }
                    s = probe
                }
            }
            return false
        case "formulaire":
            // "dans le formulaire de demande d'enregistrement, Domaine d'utilisation : Travaux
            // de génie civil, la ligne relative au code 170201 est abrogée" (2023200531, art.
            // 2): the form of an annex that holds the table, described up to the row or column
            // it names — a remark, as « tableau » is; a row found in two of its tables is said.
            var probe = s
            probe.index += 1
            for _ in 0..<30 {
                guard let token = probe.peek(), token.kind != .quote else { return nil }
                if token.isMark(","), let determiner = probe.word(1), ["la", "le", "les", "l'"].contains(determiner),
                   let noun = probe.word(2), ["ligne", "lignes", "colonne", "colonnes", "tableau", "rubrique"].contains(noun) {
                    ref.table.append(Scanner.render(s.tokens[s.index..<probe.index]))
                    s = probe
                    return false
                }
                probe.index += 1
            }
            return nil
        case "diverses" where s.isWord("colonnes", at: 1) && s.isWord("du", at: 2) && s.isWord("tableau", at: 3),
             "colonnes" where s.isWord("du", at: 1) && s.isWord("tableau", at: 2):
            // « Les diverses colonnes du tableau qui figure à l'annexe I, … » (2021030322, art.
            // 2): the table's columns together, a remark; the table and its place follow.
            s.index += w == "diverses" ? 3 : 2
            ref.table.append("colonnes")
            return true
        case "colonne", "colonnes", "ligne", "lignes":
            // "A la colonne « Pourcentage » de l'annexe …" (2019030147), "dans la ligne ayant
            // trait au code 170101" (2023200531): a cell of a table, which the model does not
            // hold; the unit is the one that holds the table, the cell a typed remark.
            guard let (cell, rows) = readTableCell(&s) else { return nil }
            ref.table.append(cell)
            if !rows.isEmpty { ref.tableRows = rows }
            return false
        case "point":
            // "le point 3°" (rare): the label follows; "le point 5": a list item `5.`, read as 5°.
            if let next = s.peek(1), let label = label(next) {
                s.index += 2
                ref.parts.append(.point(label))
                return false
            }
            if let next = s.peek(1), next.kind == .word, next.text.utf8.count <= 3, next.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                s.index += 2
                ref.parts.append(.point(PointLabel(kind: .degree, value: next.text)))
                // "au point 1, b, la colonne …" (2021030322): the letter of a point inside it,
                // written without its parenthesis, between commas.
                if s.isMark(","), let letter = s.peek(1), letter.kind == .word, letter.text.utf8.count == 1,
                   let byte = letter.text.utf8.first, byte >= 0x61, byte <= 0x7A, s.isMark(",", at: 2) {
                    s.index += 2
                    ref.parts.append(.point(PointLabel(kind: .letter, value: letter.text)))
                }
                // "le point 3. « Calcul du budget de l'hôpital »" (2020040068): the list item
                // as printed, its heading quoted after its number — kept as a note.
                if s.isMark("."), let heading = s.peek(1), heading.kind == .quote {
                    s.index += 2
                    ref.notes.append("le point \(next.text). « \(heading.text) »")
                }
                return false
            }
            // "ce point est complété": the point of the context ("le point" alone is the full
            // stop: "le point est remplacé par un point-virgule").
            if ref.demonstrative {
                s.index += 1
                ref.bareLevel = 799
                return false
            }
            return nil
        default:
            break
        }
        // "la Troisième partie", "le premier livre": the ordinal before the division word.
        // (French words only: « het eerste deel van de zin » is no division.)
        if let next = s.foldedWord(1), let kind = Lexicon.frenchDivisionWords[next], let n = Lexicon.ordinals[w] {
            s.index += 2
            ref.parts.append(.division(kind, String(n)))
            return false
        }
        // "Au chapitre « F. Chirurgie thoracique et cardiologie » de la Liste" (2023040057,
        // 2022040037): the division named by its heading as printed, number first; the
        // heading kept as a note.
        if let kind = Lexicon.frenchDivisionWords[w.text], let quote = s.peek(1), quote.kind == .quote, let number = Self.headingNumber(quote.text) {
            s.index += 2
            ref.parts.append(.division(kind, number))
            ref.notes.append("\(token.text) « \(quote.text) »")
            return false
        }
        // « les chapitres 1er et 3 », « de hoofdstukken 2 en 3 » (session 33: « matches no known
        // instruction form »): two divisions of one kind, listed as « les articles 5bis et 6 »
        // are (« entre » reads them as its two units); a third is not read.
        if let (kind, first, second) = divisionPair(s) {
            s.index += 4
            ref.parts.append(.division(kind, first))
            ref.listed = .division(kind, first)
            ref.others = [.division(kind, second)]
            return false
        }
        // « In hoofdstuk 2 van het besluit … »: a Dutch word before a number only.
        if let kind = Lexicon.divisionKind(w.text, before: s.peek(1)), let number = s.peek(1), number.kind == .word {
            s.index += 2
            // "le chapitre 2 « Dispositions finales »": its heading after its number, a note.
            defer {
                if let quote = s.peek(), quote.kind == .quote, ref.parts.last == .division(kind, OrdinalNumber.normalized(number.text)) {
                    s.index += 1
                    ref.notes.append("\(token.text) \(number.text) « \(quote.text) »")
                }
            }
            var value = OrdinalNumber.normalized(number.text)
            // "la section 1er bis", "le chapitre IV ter": the Latin suffix written apart.
            if let suffix = s.word(), ArticleNumber.latinSuffixes.contains(suffix) {
                s.index += 1
                value += suffix
            }
            ref.parts.append(.division(kind, value))
            return false
        }
        // "le 5. est abrogé", "l'article 6, § 2, 2.;": a point numbered as a list item (the
        // reader reads `5.` in a text as the point 5°).
        if isListItem(s, at: 0) {
            s.index += 2
            ref.parts.append(.point(PointLabel(kind: .degree, value: token.text)))
            return false
        }
        if let first = label(token) {
            s.index += 1
            var current = first
            // "le 4°, d)": a letter right after, chained by a comma, is read by the caller.
            ref.parts.append(.point(current))
            // "les 10°, 11° et 12°": points of one kind listed (a 11° is never inside a 10°).
            // Points that follow each other are their range, as « les 6° et 7° » is (one new
            // text may replace them); others are each their own edit.
            if let others = readListedLabels(&s, after: first) {
                let steps = ([first] + others).map { UnitStep.point($0) }
                if zip(steps, steps.dropFirst()).allSatisfy({ InstructionParser.follows($1, $0) }), let last = steps.last {
                    ref.through = last
                    ref.throughByEt = true
                } else {
                    ref.listed = .point(first)
                    ref.others = others.map { .point($0) }
                }
                return false
            }
            if let joined = s.takeAny(["a", "et"]) {
                if let next = s.peek(), let last = label(next), last.kind == current.kind {
                    s.index += 1
                    range(&ref, .point(last), listed: joined == "et")
                    current = last
                } else {
                    s.index -= 1
                }
            }
            return false
        }
        return nil
    }

    /// ", 4° en 6° ", " tot 4° " after the Dutch « de bepalingen onder 2° »: the others,
    /// as French « les 2°, 4° et 6° » and « les 2° à 4° » are read — points that follow each
    /// other a range, others each their own edit. The cursor unmoved when none follow.
    private static func readDutchLabels(_ s: inout Scanner, after first: PointLabel, into ref: inout Reference) {
        let start = s.index
        if s.take("tot"), let token = s.peek(), let last = label(token), last.kind == first.kind {
            s.index += 1
            range(&ref, .point(last), listed: false)
            return
        }
        s.index = start
        var labels = [first]
        while s.isMark(","), let token = s.peek(1), let next = label(token), next.kind == first.kind {
            s.index += 2
            labels.append(next)
        }
        guard s.takeAny(["en", "of"]) != nil, let token = s.peek(), let last = label(token), last.kind == first.kind else {
            s.index = start
            return
        }
        s.index += 1
        labels.append(last)
        let steps = labels.map { UnitStep.point($0) }
        if zip(steps, steps.dropFirst()).allSatisfy({ InstructionParser.follows($1, $0) }) {
            ref.through = steps.last
            ref.throughByEt = true
        } else {
            ref.listed = steps[0]
            ref.others = Array(steps.dropFirst())
        }
    }

    /// ", 11° et 12°" after `first`: labels of its kind, joined by commas, the last by « et »
    /// or « ou »; the cursor after them. `nil`, cursor unmoved, when the words are not such
    /// a list (a comma then a label of another kind is a path: "le 4°, d)").
    static func readListedLabels(_ s: inout Scanner, after first: PointLabel) -> [PointLabel]? {
        let start = s.index
        var others: [PointLabel] = []
        while s.take(",") {
            guard let token = s.peek(), let next = label(token), next.kind == first.kind else { break }
            s.index += 1
            others.append(next)
        }
        guard !others.isEmpty, s.takeAny(["et", "ou"]) != nil, let token = s.peek(), let last = label(token), last.kind == first.kind else {
            s.index = start
            return nil
        }
        s.index += 1
        return others + [last]
    }

    /// `1er`, `2`, `premier`, `deuxième`, `première`.
    static func ordinal(_ folded: String) -> Int? {
        var value = 0
        var digits = 0
        var suffix = ""
        for byte in folded.utf8 {
            if suffix.isEmpty, byte >= 0x30, byte <= 0x39, digits < 6 {
                value = value * 10 + Int(byte - 0x30)
                digits += 1
            } else {
                guard digits > 0, suffix.utf8.count < 4 else { return Lexicon.ordinals[folded] }
                suffix.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        if digits > 0 {
            switch suffix {
            case "", "er", "re", "ere", "e", "eme", "ieme", "ste", "de": return value > 0 ? value : nil
            default: return nil
            }
        }
        return Lexicon.ordinals[folded]
    }


    /// An article number: `1er`, `155.1`, `2bis`, `4/1`, `L1122-30`, `XI.172`, `L. 123-4-1`.
    static func articleNumber(_ s: inout Scanner) -> String? {
        guard let token = s.peek(), token.kind == .word else { return nil }
        let text = token.text
        if token.isWord("premier") {
            s.index += 1
            return "1"
        }
        if token.startsWithDigit {
            s.index += 1
            // "l'article 9 bis": the Latin suffix written apart.
            if let suffix = s.word(), ArticleNumber.latinSuffixes.contains(suffix), text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                s.index += 1
                return text + suffix
            }
            return ArticleNumber.normalized(text)
        }
        let utf8 = text.utf8
        guard let first = utf8.first, first >= 0x41, first <= 0x5A else { return nil }
        // Code numbers: a capital prefix and digits (`L1122-30`, `D.29-1`, `XI.172`).
        if utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
            s.index += 1
            return text
        }
        // `L. 123-4-1`: a capital, a dot, a number.
        if utf8.count <= 3, utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }), s.isMark(".", at: 1),
           let number = s.peek(2), number.startsWithDigit {
            s.index += 3
            return text + ". " + number.text
        }
        return nil
    }

    /// Parts sorted from the largest unit to the smallest (stable). Divisions keep the
    /// order they are written in ("la Troisième partie, Livre III": codes nest them either
    /// way), before everything else.
    static func sorted(_ parts: [UnitStep]) -> [UnitStep] {
        func key(_ step: UnitStep) -> Int { step.isDivision ? 0 : step.level }
        var ordered = true
        for k in parts.indices.dropFirst() where key(parts[k - 1]) > key(parts[k]) {
            ordered = false
            break
        }
        if ordered { return parts }
        return parts.enumerated().sorted { (key($0.element), $0.offset) < (key($1.element), $1.offset) }.map(\.element)
    }

    /// The context's parts above the new ones, then the new ones: a sub-instruction adds
    /// to its lead-in's target ("A l'article 160 …" + "au § 4" = art. 160, § 4).
    static func merge(_ context: [UnitStep], _ new: [UnitStep]) -> [UnitStep] {
        UnitReference.merge(context, new)
    }
}
