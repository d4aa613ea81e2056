import ChronolexModel
import ChronolexReaders

/// The new text of an instruction: announced by "rédigé comme suit", "ainsi rédigé",
/// "par ce qui suit", "dans la rédaction suivante", "intitulé comme suit" (Dutch
/// "luidende", "als volgt"), then quoted; one block per line of the quotation (an alinéa,
/// a `§ 2 - …`, a `1° …` point, an article heading `Art. 58.2 - …`).
enum NewText {
    /// Consumes an announcement; true when there was one.
    static func takeAnnouncement(_ s: inout Scanner) -> Bool {
        // "un 24°, rédigé comme suit :", "een lid, luidende :".
        if s.isMark(","), let next = s.word(1),
           next == "luidende" || next == "luidend" || next == "dat" || next == "die" || next == "ainsi"
            || ["redig", "intitul", "libell"].contains(where: { Scanner.isParticiple(next, $0) }) {
            s.index += 1
        }
        // « dat luidt als volgt », « die luiden als volgt », « luidend als volgt » (look 19).
        let save = s.index
        _ = s.take("dat") || s.take("die")
        if s.take("luidt") || s.take("luiden") || s.take("luidend"), s.take("als", "volgt") { return true }
        s.index = save
        if s.takeParticiple("redig") || s.takeParticiple("intitul") || s.takeParticiple("libell") {
            _ = s.take("comme", "suit")
            return true
        }
        if s.take("ainsi"), s.takeParticiple("redig") || s.takeParticiple("intitul") { return true }
        if s.take("par", "ce", "qui", "suit") || s.take("comme", "suit") || s.take("dans", "la", "redaction", "suivante")
            || s.take("par", "la", "disposition", "suivante") || s.take("par", "les", "dispositions", "suivantes")
            || s.take("luidende") || s.take("als", "volgt") || s.take("door", "wat", "volgt") || s.take("in", "de", "volgende", "lezing") {
            return true
        }
        return false
    }

    /// Reads the quoted text after an optional colon, one block per line, not yet read as
    /// units: the parser reads it once the whole instruction is read (``ClauseOutput/readAs``).
    /// No quotation: no blocks (an announced text that is missing is the parser's error).
    static func read(_ s: inout Scanner, announced: Bool) -> Fragment {
        let save = s.index
        _ = s.take(",")
        _ = s.take(":")
        // "rédigé comme suit . « Art. 2quinquies. … »" (2021040075): a full stop for the colon.
        if announced, s.isMark("."), s.peek(1)?.kind == .quote { s.index += 1 }
        var quotes: [String] = []
        while let quote = s.takeQuote() {
            quotes.append(quote)
            let next = s.index
            if !(s.take(",") || s.take("et")) || s.peek()?.kind != .quote { s.index = next }
        }
        if quotes.isEmpty {
            s.index = save
            if !announced { _ = s.take(":") }
            return Fragment(blocks: [], content: .text)
        }
        return Fragment(blocks: blocks(quotes), content: .text)
    }

    /// What the new text of a replaced (or re-established) unit must be read as: articles
    /// for an article, a heading for a title or a division, words for a sentence, units for
    /// the rest, unread for an annex.
    static func expected(replacing target: UnitReference) -> FragmentReader.Expected {
        switch target.steps.last {
        case .article(let number)?: .articles(number: number)
        case .heading?, .division?, .namedDivision?: .heading
        case .sentence?, .sentenceFromEnd?, .introduction?: .words
        // A numbered item ("la disposition 1.5.2") is words of an annex's alinéas: its new
        // text is kept as written.
        case .annex?, .item?, .entry?, .field?, nil: .text
        case .paragraph?, .alinea?, .alineaFromEnd?, .onlyAlinea?, .point?, .definition?: .units
        }
    }

    /// The blocks of the quotations: each line, trimmed, empty lines left out.
    static func blocks(_ quotes: [String]) -> [String] {
        var blocks: [String] = []
        for quote in quotes {
            blocks += Tokenizer.lines(quote)
        }
        return blocks
    }
}

/// Reads the units an insertion brings, as named: "un alinéa", "deux alinéas", "un § 3",
/// "un 11°", "un 1° A", "un article 155.1", "une section 2.1", "une phrase", "een lid",
/// "de volgende leden".
enum NewUnitReader {
    static func read(_ s: inout Scanner) -> NewUnit? {
        let start = s.index
        var count: Int?
        if let w = s.word(), let n = Lexicon.count(w) {
            count = n
            s.index += 1
        } else if s.takeAny(["des", "les", "le", "la", "l'", "de"]) == nil {
            return nil
        }
        _ = s.takeAny(["nouveau", "nouveaux", "nouvel", "nouvelle", "nouvelles", "nieuw", "nieuwe"])
        // « worden de volgende leden toegevoegd » (look 23).
        if count == nil { _ = s.take("volgende") }
        // "un deuxième alinéa", "un troisième tiret", "un second alinéa": the number it will have.
        if count == 1, let w = s.word(), let n = ReferenceReader.ordinal(w), !(s.peek()?.startsWithDigit ?? false), let noun = s.word(1) {
            switch noun {
            case "alinea", "lid":
                s.index += 2
                return NewUnit(.alinea, number: String(n), count: count)
            case "tiret":
                s.index += 2
                return NewUnit(.dash, number: String(n), count: count)
            case "paragraphe":
                s.index += 2
                return NewUnit(.paragraph, number: String(n), count: count)
            default:
                break
            }
        }
        guard let token = s.peek() else { s.index = start; return nil }
        let w = token.word
        switch w {
        case "alinea", "alineas", "lid", "leden":
            s.index += 1
            // "un alinéa 3": the number it will have.
            if w == "alinea", let number = s.peek(), number.kind == .word, let n = ReferenceReader.ordinal(number.folded) {
                s.index += 1
                return NewUnit(.alinea, number: String(n), count: count)
            }
            return NewUnit(.alinea, count: count)
        case "phrase", "phrases", "zin":
            s.index += 1
            return NewUnit(.sentence, count: count)
        case "tiret", "tirets":
            s.index += 1
            return NewUnit(.dash, count: count)
        case "item", "items":
            // "complété par les items rédigés comme suit : « - … »" (2019030053, art. 27):
            // entries of a list, whose labels the new text prints.
            s.index += 1
            return NewUnit(.point, count: count)
        case "§", "paragraphe", "paragraphes", "paragraaf":
            s.index += 1
            _ = s.take("§")
            if let number = s.peek(), number.startsWithDigit {
                s.index += 1
                // "les §§ 19 à 21", "les § § 9 et 10".
                let save = s.index
                if s.takeAny(["a", "et"]) != nil, let last = s.peek(), last.startsWithDigit {
                    s.index += 1
                    return NewUnit(.paragraph, number: OrdinalNumber.normalized(number.text), through: OrdinalNumber.normalized(last.text), count: count)
                }
                s.index = save
                return NewUnit(.paragraph, number: OrdinalNumber.normalized(number.text), count: count)
            }
            return NewUnit(.paragraph, count: count)
        case "article", "articles", "artikel", "artikelen":
            s.index += 1
            if let number = ReferenceReader.articleNumber(&s) {
                // "les articles 6/1 à 6/3", « de artikelen 2/1 en 2/2 ».
                let save = s.index
                if w == "articles", s.takeAny(["a", "et"]) != nil, let last = ReferenceReader.articleNumber(&s) {
                    return NewUnit(.article, number: number, through: last, count: count)
                }
                s.index = save
                if w == "artikelen", s.take("tot", "en", "met") || s.takeAny(["tot", "en"]) != nil, let last = ReferenceReader.articleNumber(&s) {
                    return NewUnit(.article, number: number, through: last, count: count)
                }
                s.index = save
                return NewUnit(.article, number: number, count: count)
            }
            return NewUnit(.article, count: count)
        case "annexe":
            s.index += 1
            // "une annexe VI.3-5", "une annexe III.5", "une annexe 3" (2023200641, 2023040026).
            if count == 1, let number = s.peek(), number.kind == .word,
               ReferenceReader.isRomanAnnexNumber(number.text) || number.startsWithDigit && number.text.utf8.count <= 8 {
                s.index += 1
                return NewUnit(.annex, number: OrdinalNumber.normalized(number.text), count: count)
            }
            return NewUnit(.annex, count: count)
        default:
            break
        }
        // « een hoofdstuk 1/1 », « een afdeling 3 »: a Dutch word before a number only.
        if let kind = Lexicon.divisionKind(w.text, before: s.peek(1)), let number = s.peek(1), number.kind == .word {
            s.index += 2
            return NewUnit(.division(kind), number: number.text, count: count)
        }
        // « un point 3° », « een bepaling 2°/1 » (look 20).
        if w == "point" || w == "bepaling", let next = s.peek(1), ReferenceReader.label(next) != nil { s.index += 1 }
        // "complété par un 18 rédigé comme suit : « 18. les déchets … »": a point numbered as
        // a list item, its number alone before the announcement.
        if count == 1, token.kind == .word, token.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), token.text.utf8.count <= 3,
           let next = s.word(1), ["redig", "libell"].contains(where: { Scanner.isParticiple(next, $0) }) {
            s.index += 1
            return NewUnit(.point, number: token.text, label: PointLabel(kind: .degree, value: token.text), count: count)
        }
        if let token = s.peek(), var label = ReferenceReader.label(token) {
            s.index += 1
            // "le 3° bis": the Latin suffix written apart.
            if label.kind == .degree, let suffix = s.word(), ArticleNumber.latinSuffixes.contains(suffix), label.value.allSatisfy(\.isNumber) {
                s.index += 1
                label = PointLabel(kind: .degree, value: label.value + suffix)
            }
            var name = label.description
            // "un 1° A" (a capital after the label).
            if let suffix = s.peek(), suffix.kind == .word, suffix.text.utf8.count == 1, let c = suffix.text.utf8.first, c >= 0x41, c <= 0x5A {
                s.index += 1
                name += " " + suffix.text
            }
            // "les 4° à 6°", "un 9° et 10°": a range of points.
            let save = s.index
            if s.takeAny(["a", "et"]) != nil, let next = s.peek(), let last = ReferenceReader.label(next), last.kind == label.kind {
                s.index += 1
                return NewUnit(.point, number: name, label: label, through: last.description, count: count)
            }
            s.index = save
            return NewUnit(.point, number: name, label: label, count: count)
        }
        s.index = start
        return nil
    }

    /// ", comportant l'article 155.1," / ", comportant les articles 119.1 à 119.3,": what a
    /// new division holds, kept as a note; the comma before it may be left out ("une section
    /// 4bis comportant les articles 50ter/1 à 50ter/7, rédigée comme suit", 2019200301).
    static func readContents(_ s: inout Scanner) -> [String] {
        if s.isMark(","), s.isWord("comportant", at: 1) {
            s.index += 1
        } else if !s.isWord("comportant", at: 0) {
            return []
        }
        let from = s.index
        ReferenceReader.skipClause(&s)
        let note = Scanner.render(s.tokens[from..<s.index])
        _ = s.take(",")
        return [note]
    }
}

extension NewUnit {
    /// The new unit a citation names ("le § 2", "le 3°", "la section 2.1"), when it names one.
    init?(named step: UnitStep) {
        switch step {
        case .article(let number): self.init(.article, number: number)
        case .paragraph(let number): self.init(.paragraph, number: number)
        case .alinea(let n): self.init(.alinea, number: String(n))
        case .point(let label): self.init(.point, number: label.kind == .dash ? step.description : label.description, label: label)
        case .division(let kind, let number): self.init(.division(kind), number: number)
        case .annex: self.init(.annex)
        case .entry(let word, let code): self.init(.entry(word), number: code)
        case .namedDivision, .item, .field, .heading, .alineaFromEnd, .onlyAlinea, .sentence, .sentenceFromEnd, .introduction, .definition: return nil
        }
    }

    /// The step that cites the new unit once inserted ("le Titre V"), for a division or
    /// an article numbered by the instruction.
    var step: UnitStep? {
        guard let number else { return nil }
        switch kind {
        case .division(let kind): return .division(kind, OrdinalNumber.normalized(number))
        case .article: return through == nil ? .article(number) : nil
        default: return nil
        }
    }

    /// What its new text must be read as.
    var expectedText: FragmentReader.Expected {
        switch kind {
        case .article: .articles(number: number ?? "0")
        case .division: .division
        // An annex's text is read as units: Justel prints an annex as one article, `Art. N1.`.
        case .annex: .units
        case .paragraph, .alinea, .point, .sentence, .dash: .units
        // An entry of a list (its code, its label, its table): text, not units of an article.
        case .entry: .text
        }
    }
}
