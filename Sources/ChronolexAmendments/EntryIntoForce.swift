import ChronolexModel

/// A part of the amending act that an entry-into-force clause names: an article
/// ("l'article 6") or a sub-instruction ("le 2°, e), de l'article 8").
public struct SourceSelector: Hashable, Sendable, CustomStringConvertible {
    public var article: String
    public var points: [PointLabel]

    public init(article: String, points: [PointLabel] = []) {
        self.article = ArticleNumber.normalized(article)
        self.points = points
    }

    /// True when the instruction at this source is (or is inside) the part named.
    public func contains(_ source: EditSource) -> Bool {
        source.article == article && source.points.count >= points.count && Array(source.points.prefix(points.count)) == points
    }

    public var description: String { Address(article: article, points: points).description }
}

/// One rule of an entry-into-force article: the parts it governs (none = the act as a
/// whole) and their date.
public struct EntryIntoForceRule: Hashable, Sendable {
    /// Empty for the general rule ("Le présent arrêté entre en vigueur …").
    public var selectors: [SourceSelector]
    public var effective: EffectiveDate
    /// "produit ses effets": the act says it looks back.
    public var saysRetroactive: Bool
    /// The entry-into-force article of the amending act, and the line.
    public var article: String
    public var line: Int?
    /// "… entre en vigueur le 1er mars 2024, pour autant qu'un décret identique … entre
    /// également en vigueur à cette date": a condition Chronolex cannot check, as written.
    public var condition: String? = nil
}

/// What the entry-into-force articles of an amending act say.
public struct EntryIntoForce: Hashable, Sendable {
    public var general: EntryIntoForceRule?
    public var exceptions: [EntryIntoForceRule] = []
    /// Parts excepted from the general rule without a date of their own in the same
    /// sentence ("à l'exception des articles 2 et 3."): another rule must give it.
    public var excluded: [ExcludedPart] = []
    /// Dates fixed for another act's parts ("Les articles 4 et 5 du décret du … entrent en
    /// vigueur le …"), with the article and line that say so; `except`, the parts the same
    /// clause dates otherwise (« …, à l'exception de l'article 1er, 1°, qui entre en vigueur
    /// le … »: each part has one date, look 29).
    public var fixings: [(act: ActCitation, selectors: [SourceSelector], date: LegalDate, article: String, line: Int?, except: [SourceSelector])] = []

    public init() {}

    public static func == (lhs: EntryIntoForce, rhs: EntryIntoForce) -> Bool {
        lhs.general == rhs.general && lhs.exceptions == rhs.exceptions && lhs.excluded == rhs.excluded && lhs.fixings.count == rhs.fixings.count
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(general)
        hasher.combine(exceptions)
        hasher.combine(excluded)
    }
}

/// A part of the amending act that an entry-into-force clause excepts from its general
/// rule, and the article that says so.
public struct ExcludedPart: Hashable, Sendable {
    public var selector: SourceSelector
    public var article: String
}

/// Reads entry-into-force articles: "Le présent arrêté entre en vigueur le 1er janvier
/// 2023", "… produit ses effets le 1er septembre 2020" (retroactive), "le jour de sa
/// publication au Moniteur belge", "le dixième jour qui suit sa publication", "le premier
/// jour du mois qui suit celui de sa publication", "à une date fixée par le Gouvernement"
/// (pending), with exceptions naming sub-instructions and ranges ("à l'exception : 1° des
/// 2°, e), et 3°, d) et e), de l'article 8, qui produisent leurs effets le …").
public enum EntryIntoForceReader {
    /// The first words of the verbs of entry into force and of effect: « entre en vigueur »,
    /// « produit / sort ses effets », « rétroagit », « treedt in werking », « heeft uitwerking ».
    static let verbs: FoldedWords = ["entre", "entrent", "produit", "produisent", "sort", "sortent", "retroagit", "retroagissent",
                                     "treedt", "treden", "heeft", "hebben"]

    /// True when the words (outside quotations) are an entry-into-force clause and no
    /// amending instruction.
    static func isEntryIntoForce(_ raw: [Token]) -> Bool {
        let tokens = uninverted(raw)
        var sawVerb = false
        var k = 0
        while k < tokens.count {
            let w = tokens[k].kind == .quote ? "" : tokens[k].folded
            // Every test below starts with the word itself: a word none of them names goes
            // at once (one lookup instead of twenty comparisons and six prefix tests; the
            // articles of a large code each mention « vigueur » in Justel's notes).
            guard clauseWords.contains(w) else {
                k += 1
                continue
            }
            if (w == "entre" || w == "entrent") && k + 2 < tokens.count && tokens[k + 1].isWord("en") && tokens[k + 2].isWord("vigueur") { sawVerb = true }
            if (w == "produit" || w == "produisent" || w == "sort" || w == "sortent") && k + 2 < tokens.count && tokens[k + 2].isWord("effets") { sawVerb = true }
            if (w == "treedt" || w == "treden") && k + 2 < tokens.count && tokens[k + 2].isWord("werking") { sawVerb = true }
            if (w == "heeft" || w == "hebben") && k + 1 < tokens.count && tokens[k + 1].isWord("uitwerking") { sawVerb = true }
            if w == "retroagit" || w == "retroagissent" { sawVerb = true }
            // « La date d'entrée en vigueur de l'arrêté royal du … est fixée au … » (look 21).
            if w == "date", k + 4 < tokens.count, tokens[k + 2].isWord("entree"), tokens[k + 4].isWord("vigueur"),
               tokens[(k + 5)...].contains(where: { Scanner.isParticiple($0.folded, "fix") }) { sawVerb = true }
            // « De datum van inwerkingtreding van het besluit … wordt vastgesteld op … » (look 22).
            if w == "inwerkingtreding", k >= 2, tokens[k - 2].isWord("datum"), tokens[(k + 1)...].contains(where: { $0.isWord("vastgesteld") }) { sawVerb = true }
            // « cesse d'être en vigueur », « cesse de produire ses effets », « treedt buiten werking ».
            if w == "cesse" || w == "cessent", tokens[(k + 1)...].prefix(5).contains(where: { $0.isWord("vigueur") || $0.isWord("effets") }) { sawVerb = true }
            if (w == "treedt" || w == "treden") && k + 2 < tokens.count && tokens[k + 1].isWord("buiten") && tokens[k + 2].isWord("werking") { sawVerb = true }
            // « houdt op uitwerking te hebben », « houdt op van kracht te zijn » (look 21).
            if (w == "houdt" || w == "houden") && k + 1 < tokens.count && tokens[k + 1].isWord("op") && tokens[(k + 2)...].prefix(5).contains(where: { $0.isWord("uitwerking") || $0.isWord("kracht") }) { sawVerb = true }
            for stem in amendingStems where Scanner.isParticiple(w, stem) { return false }
            k += 1
        }
        return sawVerb
    }

    /// The participles that make a text an amending instruction, not a clause of entry
    /// into force (« remplacé », « insérés »), by their stems.
    static let amendingStems = ["remplac", "inser", "abrog", "complet", "apport", "supprim"]

    /// Every word ``isEntryIntoForce(_:)`` looks at: the first words of its verbs and
    /// phrases, and each form ``Scanner/isParticiple(_:_:)`` accepts for an amending stem
    /// (the stem and `e`, `ee`, `es` or `ees`).
    static let clauseWords: FoldedWords = {
        var words: Set<String> = ["entre", "entrent", "produit", "produisent", "sort", "sortent", "treedt", "treden", "heeft", "hebben",
                                  "retroagit", "retroagissent", "date", "inwerkingtreding", "cesse", "cessent", "houdt", "houden"]
        for stem in amendingStems {
            for ending in ["e", "ee", "es", "ees"] { words.insert(stem + ending) }
        }
        return FoldedWords(words)
    }()

    /// True for "Le Ministre … est chargé de l'exécution du présent arrêté", "Le ministre
    /// …, le ministre … sont chargés, chacun en ce qui le concerne, de l'exécution …".
    static func isExecution(_ tokens: [Token]) -> Bool {
        var k = 0
        while k + 1 < tokens.count {
            // A word that starts with another byte than « c » is no form of « charg » (no
            // other character is « c »): told before the participle is asked.
            if tokens[k].foldedFirst == UInt8(ascii: "c"), Scanner.isParticiple(tokens[k].folded, "charg") {
                for j in (k + 1)..<min(tokens.count, k + 16) where tokens[j].isWord("execution") { return true }
            }
            if tokens[k].isWord("belast"), tokens[k + 1].isWord("met") { return true }
            k += 1
        }
        return false
    }

    /// Reads one statement after another from the text of an entry-into-force article
    /// into `result`.
    /// `adoption` is the amending act's own date ("le jour de son adoption").
    /// `cited`: the acts the amending act cited before, in the order of its text, for « du
    /// même arrêté » (as its instructions read it: the act of that kind cited last).
    static func read(_ text: String, article: String, line: Int?, publication: LegalDate?, adoption: LegalDate? = nil,
                     cited: [ActCitation] = [], into result: inout EntryIntoForce) throws(InstructionError) {
        let tokens: [Token]
        do { tokens = uninverted(try Tokenizer.tokens(text)) } catch { throw InstructionError(error.message, kind: .unbalancedQuote) }
        var s = Scanner(tokens)
        let dates = Dates(publication: publication, adoption: adoption, cited: cited, firstFixing: result.fixings.count)
        do {
            while !s.atEnd {
                if s.take(".") || s.take(";") { continue }
                try statement(&s, article: article, line: line, dates: dates, into: &result)
            }
        } catch {
            // "Le présent arrêté et l'article D.167bis du Code … entrent en vigueur …": the
            // act's own part of a subject that names others too.
            guard error.kind != .notOurs, error.kind != .endOfForce, let own = generalSubject(tokens), own > 0 else { throw error }
            var again = Scanner(Array(tokens[own...]))
            while !again.atEnd {
                if again.take(".") || again.take(";") { continue }
                try statement(&again, article: article, line: line, dates: dates, into: &result)
            }
        }
    }

    /// Dutch puts the verb before its subject after a phrase: « In afwijking van het eerste
    /// lid treedt artikel 2 in werking op 1 januari 2022 », « Met ingang van … heeft artikel
    /// 3 uitwerking … » (look 19: art. 2 took the act's general date, with a warning that
    /// called the clause a provision). The words in the order the reader knows — subject,
    /// verb, date — the phrase before (« In afwijking van het eerste lid ») left out: the
    /// parts the clause names say the exception. The tokens as they are otherwise.
    static func uninverted(_ tokens: [Token]) -> [Token] {
        // A verb that ends the clause (no full stop after it) has nothing to move: the
        // tokens as they are (it read past their end).
        guard tokens.count > 4, let v = tokens.firstIndex(where: { ["treedt", "treden", "heeft", "hebben"].contains($0.word) }), v > 0,
              v + 1 < tokens.count, !["in", "uitwerking"].contains(tokens[v + 1].word) else { return tokens }
        let limit = min(tokens.count - 1, v + 14)
        guard v + 2 < limit, let j = (v + 2..<limit).first(where: { (tokens[$0].isWord("in") && tokens[$0 + 1].isWord("werking")) || tokens[$0].isWord("uitwerking") }) else {
            return tokens
        }
        let derogation = tokens[0].isWord("in") && tokens[1].isWord("afwijking")
        let before = derogation ? [] : Array(tokens[..<v])
        return before + Array(tokens[(v + 1)..<j]) + [tokens[v]] + Array(tokens[j...])
    }

    /// The dates an entry-into-force clause can count from.
    struct Dates {
        var publication: LegalDate?
        var adoption: LegalDate?
        /// The acts cited before this clause, and the first of the fixings it reads: « du même
        /// arrêté » is the act of that kind cited last (look 29).
        var cited: [ActCitation] = []
        var firstFixing = 0
    }

    /// The act a fixing cites at the cursor: named in full with its date, or « du même
    /// arrêté », the act of that kind cited last — by this clause's fixings, else before it
    /// (``Dates/cited``). `nil`, the cursor where it was, for anything else.
    static func citedAct(_ s: inout Scanner, afterDeterminer: Bool, dates: Dates, result: EntryIntoForce) -> ActCitation? {
        let start = s.index
        switch CitationReader.read(&s, afterDeterminer: afterDeterminer) {
        case .named(let cited)? where cited.date != nil:
            return cited
        case .same(let noun, let kind)?:
            let before = dates.cited + result.fixings[min(dates.firstFixing, result.fixings.count)...].map(\.act)
            if let act = before.last(where: { CitationRegistry.noun(of: $0.kind) == noun && CitationRegistry.isOfKind($0.kind, kind) }) { return act }
        default:
            break
        }
        s.index = start
        return nil
    }

    private static func statement(_ s: inout Scanner, article: String, line: Int?, dates: Dates, into result: inout EntryIntoForce) throws(InstructionError) {
        // "Par dérogation à l'alinéa 1er," / "au paragraphe 1er,": the rule that follows is
        // an exception, which the parts it names say.
        if s.take("par", "derogation") {
            while let token = s.peek(), token.text != "," { s.index += 1 }
            _ = s.take(",")
        }
        // « La date d'entrée en vigueur de l'arrêté royal du … (, de ses articles 2 et 3,) est
        // fixée au 1er juillet 2021 » (look 21: called a provision, the change left pending).
        let dutchFixing = s.isWord("de") && s.isWord("datum", at: 1) && s.isWord("van", at: 2) && s.isWord("inwerkingtreding", at: 3)
        if dutchFixing || s.isWord("la") && s.isWord("date", at: 1) && s.isWord("entree", at: 3) && s.isWord("vigueur", at: 5) {
            s.index += dutchFixing ? 4 : 6
            _ = s.take("van")
            _ = s.takeAny(["de", "du", "des"])
            _ = s.takeAny(["l'", "la", "le", "les"])
            let selectors = (try? selectorList(&s)) ?? []
            if !selectors.isEmpty { _ = s.takeAny(["de", "du", "des"]) }
            guard case .named(let cited)? = CitationReader.read(&s, afterDeterminer: selectors.isEmpty), cited.date != nil else {
                throw InstructionError("entry-into-force clause: « la date d'entrée en vigueur de » names no act Chronolex reads: «\(s.rest())»", kind: .noForm)
            }
            _ = s.take(",")
            let fixed = s.takeAuxiliary() && s.takeParticiple("fix") || s.takeAny(["wordt", "worden"]) != nil && s.take("vastgesteld")
            _ = s.takeAny(["au", "a", "le", "op"])
            guard fixed, let date = CitationReader.date(s, at: 0) else {
                throw InstructionError("entry-into-force clause: the date fixed for the \(cited.name) is not read: «\(s.rest())»", kind: .noForm)
            }
            s.index += 3
            result.fixings.append((cited, selectors, date, article, line, []))
            return
        }
        if (s.isWord("entrent") || s.isWord("entre")) && s.isWord("en", at: 1) && s.isWord("vigueur", at: 2)
            || (s.isWord("treden") || s.isWord("treedt")) && s.isWord("in", at: 1) && s.isWord("werking", at: 2) {
            try verbFirst(&s, article: article, line: line, dates: dates, into: &result)
            return
        }
        // « Il cesse d'être en vigueur le … », after the clause that dated the act.
        if s.isWord("il") || s.isWord("elle"), s.isWord("cesse", at: 1) {
            s.index += 1
            try Self.ceases(&s)
        }
        // Subject: the act as a whole, or parts of it.
        var selectors: [SourceSelector] = []
        // "Cet arrêté", "Ce décret": the act itself too.
        let demonstrative = ["cet", "ce", "cette"].contains(s.word() ?? "") && s.word(1).map(Lexicon.actNouns.contains) == true
        if demonstrative || s.take("le", "present") || s.take("la", "presente") || s.take("dit") || s.take("deze") {
            s.index += demonstrative ? 2 : 1 // arrêté, décret, loi, ordonnance, besluit
            // "Le présent arrêté et l'article D.167bis du Code … entrent en vigueur …": the
            // others named with the act are not its own.
            if s.isWord("et") {
                while let w = s.word(), !verbs.contains(w) { s.index += 1 }
            }
        } else {
            _ = s.takeAny(["le", "la", "les", "l'"])
            selectors = try selectorList(&s)
            // "Les articles 14 et 15 de la présente loi": this act's own articles.
            if !selectors.isEmpty {
                let save = s.index
                let of = s.takeAny(["de", "du"]) != nil
                _ = s.takeAny(["la", "l'"])
                if of, s.takeAny(["present", "presente"]) != nil, s.word().map(Lexicon.actNouns.contains) == true {
                    s.index += 1
                } else {
                    s.index = save
                    // "L'article D.396, 2°, du Livre II du Code de l'Environnement …": parts of
                    // another act, cited otherwise than Chronolex reads (a date it fixes for
                    // them is not this act's and is not taken into account).
                    _ = s.take(",")
                    if let w = s.word(), w == "du" || w == "de" || w == "des",
                       !(s.isWord("present", at: 1) || s.isWord("presente", at: 2)) {
                        let probe = s.index
                        var named = false
                        if case .named? = CitationReader.read(&s, afterDeterminer: false) { named = true }
                        s.index = probe
                        // « L'article 1er, 1°, du même arrêté »: the act cited last (look 29).
                        if !named, citedAct(&s, afterDeterminer: false, dates: dates, result: result) != nil { named = true }
                        if named { s.index = probe } else {
                            s.index = probe
                            throw InstructionError("the entry-into-force clause dates parts of another act («\(s.rest(limit: 10))»): not taken into account", kind: .notOurs)
                        }
                    }
                    s.index = save
                }
            }
            if selectors.isEmpty {
                // "Le décret du 22 mai 2023 portant création … entre en vigueur le …, à l'exception de
                // l'article 29 qui produit ses effets le …": another act's own entry into force.
                let save = s.index
                if case .named(let cited)? = CitationReader.read(&s, afterDeterminer: true), cited.date != nil {
                    _ = s.take(",")
                    let (date, _) = try datePhrase(&s, dates: dates)
                    guard let fixed = date.date else {
                        throw InstructionError("entry-into-force clause: the date it fixes for the \(cited.name) is not a date")
                    }
                    let general = result.fixings.count
                    result.fixings.append((cited, [], fixed, article, line, []))
                    for exception in try exceptions(&s, dates: dates) {
                        guard let date = exception.date?.0.date else {
                            throw InstructionError("entry-into-force clause: the exception \(exception.selectors.map(\.description).joined(separator: ", ")) of the \(cited.name) has no date of its own")
                        }
                        result.fixings.append((cited, exception.selectors, date, article, line, []))
                        // The parts excepted take their own date only, not the act's too (look 29:
                        // « fixed more than once »).
                        result.fixings[general].except += exception.selectors
                    }
                    return
                }
                s.index = save
                throw InstructionError("entry-into-force clause: cannot tell what it applies to: «\(s.rest())»", kind: .noForm)
            }
            // "Les articles 4 et 5 du décret du 17 juin 2021 modifiant …" (« du même décret »):
            // another act's parts.
            let save = s.index
            if let cited = citedAct(&s, afterDeterminer: false, dates: dates, result: result) {
                _ = s.take(",")
                let (date, _) = try datePhrase(&s, dates: dates)
                guard let fixed = date.date else {
                    throw InstructionError("entry-into-force clause: the date it fixes for the \(cited.name) is not a date")
                }
                let listed = result.fixings.count
                result.fixings.append((cited, selectors, fixed, article, line, []))
                // « …, à l'exception de l'article 1er, 1°, qui entre en vigueur le … » (look 29:
                // « cannot tell what it applies to »): each part its own date, once.
                for exception in try exceptions(&s, dates: dates) {
                    guard let date = exception.date?.0.date else {
                        throw InstructionError("entry-into-force clause: the exception \(exception.selectors.map(\.description).joined(separator: ", ")) of the \(cited.name) has no date of its own")
                    }
                    result.fixings.append((cited, exception.selectors, date, article, line, []))
                    result.fixings[listed].except += exception.selectors
                }
                return
            }
            s.index = save
        }
        if s.isWord("cesse") || s.isWord("cessent") || (s.isWord("treedt") || s.isWord("treden")) && s.isWord("buiten", at: 1)
            || (s.isWord("houdt") || s.isWord("houden")) && s.isWord("op", at: 1) {
            try Self.ceases(&s)
        }
        let (date, retro) = try datePhrase(&s, dates: dates)
        // "… entre en vigueur le 1er janvier 2020 et s'applique pour la première fois à …",
        // "… et est d'application aux demandes …": a rule of application of the act itself,
        // not a date of entry into force.
        if s.isWord("et"), let next = s.word(1), ["s'", "est", "sont", "s", "vaut"].contains(next) {
            while let token = s.peek(), !(token.kind == .punctuation && token.isMark(".")) { s.index += 1 }
        }
        // ", pour autant qu'un décret identique … entre également en vigueur à cette date"
        // (2024200971, a decree of the Walloon Region and the German-speaking Community's
        // twin decree): the date is the act's; the condition is said, not checked.
        var condition: String?
        let beforeCondition = s.index
        _ = s.take(",")
        if s.take("pour", "autant") {
            let from = s.index - 2
            while let token = s.peek(), !(token.kind == .punctuation && token.isMark(".")) { s.index += 1 }
            condition = Scanner.render(s.tokens[from..<s.index])
        } else {
            s.index = beforeCondition
        }
        var rule = EntryIntoForceRule(selectors: selectors, effective: date, saysRetroactive: retro, article: article, line: line)
        rule.condition = condition
        if selectors.isEmpty { result.general = rule } else { result.exceptions.append(rule) }
        // « … entre en vigueur le 1er avril 2020 et cesse d'être en vigueur le 31 décembre 2021 »:
        // the date read, the end said.
        if s.isWord("et") || s.isWord("en"), s.isWord("cesse", at: 1) || s.isWord("cessent", at: 1) || s.isWord("houdt", at: 1) && s.isWord("op", at: 2)
            || s.isWord("treedt", at: 1) && s.isWord("buiten", at: 2) {
            s.index += 1
            try Self.ceases(&s)
        }
        for exception in try exceptions(&s, dates: dates) {
            if let (date, retro) = exception.date {
                result.exceptions.append(EntryIntoForceRule(selectors: exception.selectors, effective: date, saysRetroactive: retro, article: article, line: line))
            } else {
                for selector in exception.selectors { result.excluded.append(ExcludedPart(selector: selector, article: article)) }
            }
        }
    }

    /// The verbs of an end of force: « cesse », « houdt op », « treedt buiten werking ».
    static let endingVerbs: FoldedWords = ["cesse", "cessent", "houdt", "treedt", "treden"]

    /// The date after « cesse d'être en vigueur » (« treedt buiten werking op … »), when the
    /// subject is the act itself (« Le présent arrêté », « Il », « Dit besluit »).
    static func endDate(_ tokens: [Token]) -> LegalDate? {
        let ending = endingVerbs
        // The verb of an end: « cesse », « houdt op », « treedt buiten werking » — not the
        // « treedt in werking » of the same alinéa.
        guard let verb = tokens.indices.first(where: { k in
            let w = tokens[k].folded
            guard ending.contains(w), k + 1 < tokens.count else { return false }
            return w == "cesse" || w == "cessent" || tokens[k + 1].folded == (w == "houdt" ? "op" : "buiten")
        }) else { return nil }
        // The subject is that sentence's own (look 21: « Le présent arrêté entre en vigueur
        // le … . L'article 7 cesse … » ended the whole act): after the sentence before it.
        let sentenceStart = tokens[..<verb].lastIndex(where: { $0.kind == .punctuation && $0.isMark(".") }).map { $0 + 1 } ?? 0
        let sentence = Array(tokens[sentenceStart...])
        let subject = sentence[..<(verb - sentenceStart)].map(\.folded)
        // « Il cesse … » only as an alinéa of its own, after the clause that dated the act; « Il »
        // after another sentence of its alinéa is that sentence's subject (look 22: « Ce
        // supplément est temporaire. Il cesse … » ended the act).
        let previous = sentenceStart == 0 ? [] : Array(tokens[(tokens[..<(sentenceStart - 1)].lastIndex(where: { $0.kind == .punctuation && $0.isMark(".") }).map { $0 + 1 } ?? 0)..<(sentenceStart - 1)])
        let pronoun = (subject == ["il"] || subject == ["elle"]) && (sentenceStart == 0 || generalSubject(previous) != nil)
        guard pronoun || generalSubject(sentence, verbs: ending) != nil else { return nil }
        // The date right after the verb's words (« … en vigueur le 31 décembre 2016 », « … op 31
        // december 2016 »), nothing else: « le jour de l'entrée en vigueur de l'arrêté royal du
        // 3 mai 2010 » names an event, not a day (look 22: the act was ended on 2010-05-03).
        let s = Scanner(tokens)
        var k = verb + 1
        while k < tokens.count, CitationReader.date(s, at: k) == nil, k - verb <= 8,
              ["d'", "etre", "en", "vigueur", "de", "produire", "ses", "effets", "buiten", "werking", "op", "uitwerking", "te", "hebben", "van", "kracht", "zijn",
               "le", "a", "partir", "du"].contains(tokens[k].word) { k += 1 }
        guard let date = CitationReader.date(s, at: k) else { return nil }
        // « …, à l'exception de l'article 7 », « met uitzondering van … »: some parts go on;
        // not the act's end (look 22).
        if tokens[(k + 3)...].contains(where: { $0.isWord("exception") || $0.isWord("uitzondering") || $0.isWord("sauf") }) { return nil }
        return date
    }

    /// The articles of an act any of whose alinéas speaks of an end of force (« cesse »,
    /// « buiten werking », « houdt op »), by their normalised numbers: those ``end(of:)`` reads.
    public static func endingArticles(of act: Act) -> Set<String> {
        var numbers = Set<String>()
        for article in act.articles where article.alineas.contains(where: { mayEnd($0.text) }) {
            numbers.insert(ArticleNumber.normalized(article.number))
        }
        return numbers
    }

    static func mayEnd(_ text: String) -> Bool {
        // Bytes, not Foundation's `contains` (``StringProtocol/containsBytes(_:)``): a test
        // of every alinéa of the act.
        text.containsBytes("cesse") || text.containsBytes("buiten werking") || text.containsBytes("houdt op")
    }

    /// The day an article's words end the act's force (« Le présent arrêté cesse d'être en
    /// vigueur le 31 décembre 2016 », « Dit besluit treedt buiten werking op … », « houdt op
    /// uitwerking te hebben op … »), read from the text in force: an amendment that prolongs
    /// or repeals the clause counts (look 21). `nil` when the article says no such thing, or
    /// ends only some of the act's parts.
    public static func end(of article: Article) -> LegalDate? {
        for alinea in article.alineas {
            guard mayEnd(alinea.text),
                  let tokens = try? Tokenizer.tokens(Walker.flatten(alinea)), isEntryIntoForce(tokens), let date = endDate(tokens) else { continue }
            return date
        }
        return nil
    }

    /// « Le présent arrêté cesse d'être en vigueur le 31 décembre 2021 », « Il cesse … », « …
    /// et cesse d'être en vigueur le … » (look 19: called a provision of the act, or « cannot
    /// tell what it applies to »): a time limit. Whether the changes an act made lapse with
    /// it is a question of doctrine the text does not settle; Chronolex keeps them, and says
    /// so as a warning (an error of kind `endOfForce`), the rest of the clause read.
    private static func ceases(_ s: inout Scanner) throws(InstructionError) {
        let start = s.index
        while let t = s.peek(), !(t.kind == .punctuation && (t.isMark(".") || t.isMark(";"))) { s.index += 1 }
        let words = Scanner.render(s.tokens[start..<s.index])
        throw InstructionError("the act sets an end to its force (« \(words) »): the changes it made are kept after that date — whether they lapse with it is not read; check the text after it",
                               kind: .endOfForce)
    }

    /// « Entrent en vigueur le 1er mars 2007 : 1° l'article 44 de la loi du 13 juillet 2006
    /// …; 2° le présent arrêté. » (fedris-ar-2007, art. 11): the verb and the date first,
    /// then what they date. The act itself is the general rule; its own articles («
    /// l'article 3 », « l'article 3 du présent arrêté ») exceptions; another act's parts are
    /// not this act's and are left.
    private static func verbFirst(_ s: inout Scanner, article: String, line: Int?, dates: Dates, into result: inout EntryIntoForce) throws(InstructionError) {
        let (date, retro) = try datePhrase(&s, dates: dates)
        guard s.take(":") else { throw InstructionError("entry-into-force clause: the verb comes first but no list of what it dates follows: «\(s.rest())»", kind: .noForm) }
        while !s.atEnd {
            if s.take(";") || s.take(".") || s.take(",") || s.take("et") { continue }
            if let token = s.peek(), ReferenceReader.label(token) != nil || token.folded.allSatisfy(\.isNumber) { s.index += 1 }
            if s.isWord("le") || s.isWord("la"), s.isWord("present", at: 1) || s.isWord("presente", at: 1), s.word(2).map(Lexicon.actNouns.contains) == true {
                s.index += 3
                result.general = EntryIntoForceRule(selectors: [], effective: date, saysRetroactive: retro, article: article, line: line)
                continue
            }
            // « Treden in werking op …: 1° artikel 2; 2° dit besluit / dit artikel » (look 20).
            if s.isWord("dit") || s.isWord("deze"), let noun = s.word(1) {
                if ["besluit", "decreet", "wet", "ordonnantie"].contains(noun) || Lexicon.actNouns.contains(noun) {
                    s.index += 2
                    result.general = EntryIntoForceRule(selectors: [], effective: date, saysRetroactive: retro, article: article, line: line)
                    continue
                }
                if noun == "artikel" {
                    // The clause's own article: in force with what it dates.
                    s.index += 2
                    continue
                }
            }
            if s.isWord("cet") || s.isWord("le"), s.isWord("article", at: 1), s.isWord("present", at: 2) || s.isMark(";", at: 2) || s.isMark(".", at: 2) {
                s.index += s.isWord("present", at: 2) ? 3 : 2
                continue
            }
            let itemStart = s.index
            let determiner = s.takeAny(["le", "la", "les", "l'", "het", "de"]) != nil
            let afterDeterminer = s.index
            // « 1° l'arrêté royal du 1er mars 2012 modifiant …; », « 1° het koninklijk besluit
            // van … »: a whole act dated (look 31: dropped, and its changes said undated).
            if determiner, case .named(let cited)? = CitationReader.read(&s, afterDeterminer: true), cited.date != nil,
               s.atEnd || s.isMark(";") || s.isMark(".") {
                guard let fixed = date.date else {
                    throw InstructionError("entry-into-force clause: the date it fixes for the \(cited.name) is not a date")
                }
                result.fixings.append((cited, [], fixed, article, line, []))
                continue
            }
            s.index = afterDeterminer
            let selectors = (try? selectorList(&s)) ?? []
            skipOwnAct(&s)
            if !selectors.isEmpty, s.atEnd || s.isMark(";") || s.isMark(".") {
                result.exceptions.append(EntryIntoForceRule(selectors: selectors, effective: date, saysRetroactive: retro, article: article, line: line))
                continue
            }
            // Another act's parts, cited: a date fixed for them (look 20: « 1° l'article 7 de
            // l'arrêté royal du 12 mars 2015 … » was dropped).
            let afterSelectors = s.index
            if !selectors.isEmpty, s.takeAny(["de", "du"]) != nil, case .named(let cited)? = CitationReader.read(&s, afterDeterminer: false),
               cited.date != nil, let fixed = date.date {
                result.fixings.append((cited, selectors, fixed, article, line, []))
                while let token = s.peek(), !(token.kind == .punctuation && (token.isMark(";") || token.isMark("."))) { s.index += 1 }
                continue
            }
            s.index = afterSelectors
            // Another act's part: up to the next item.
            s.index = max(s.index, itemStart + 1)
            while let token = s.peek(), !(token.kind == .punctuation && (token.isMark(";") || token.isMark("."))) { s.index += 1 }
        }
    }

    /// ", à l'exception : 1° des …, qui …; 2° de l'article 6, lequel entre en vigueur le …":
    /// the parts excepted, each with its own date when the same sentence gives one.
    private static func exceptions(_ s: inout Scanner, dates: Dates) throws(InstructionError) -> [(selectors: [SourceSelector], date: (EffectiveDate, Bool)?)] {
        let save = s.index
        _ = s.take(",")
        guard s.take("a", "l'", "exception") || s.take("sauf") || s.take("met", "uitzondering", "van") || s.take("behalve") else {
            s.index = save
            return []
        }
        var result: [(selectors: [SourceSelector], date: (EffectiveDate, Bool)?)] = []
        _ = s.take(":")
        // « …, behalve » and no more (a clause cut short; look 28: the general date applied to
        // every article, unsaid).
        if s.atEnd || s.isMark(".") {
            throw InstructionError("entry-into-force clause: the exception names nothing: «\(s.rest())»")
        }
        // The groups read since the last one dated or the last « ; », not dated yet: a plural
        // relative clause after a group of one part dates them too (look 30: « à l'exception
        // de l'article 1er, 2°, et de l'article 2, qui entrent en vigueur le 1er juillet 2021 »
        // left the 2° pending for good, with a warning that no clause dated it).
        var undated: [Int] = []
        func dated(_ named: [SourceSelector], _ date: (EffectiveDate, Bool), plural: Bool) throws(InstructionError) {
            if plural, !undated.isEmpty {
                guard named.count == 1 else {
                    let earlier = undated.flatMap { result[$0].selectors }.map(\.description).joined(separator: ", ")
                    throw InstructionError("entry-into-force clause: the plural « qui … » after \(named.map(\.description).joined(separator: ", ")) may also date \(earlier), or not: not certain", kind: .noForm)
                }
                for k in undated { result[k].date = date }
            }
            undated = []
            result.append((named, date))
        }
        while !s.atEnd, !s.isMark(".") {
            // "1° des …;" "2° de l'article 6 …".
            if let token = s.peek(), let label = ReferenceReader.label(token), label.kind == .degree,
               let next = s.word(1), next == "des" || next == "du" || next == "de" {
                s.index += 1
            }
            _ = s.takeAny(["des", "du", "de", "van"])
            _ = s.takeAny(["l'", "la", "le", "les"])
            let named = try selectorList(&s)
            if named.isEmpty { throw InstructionError("entry-into-force clause: the exception names nothing: «\(s.rest())»") }
            let before = s.index
            _ = s.take(",")
            // "qui produisent leurs effets …", "lesquels entrent en vigueur …".
            if s.take("qui") || s.takeAny(["lequel", "laquelle", "lesquels", "lesquelles"]) != nil {
                let plural = ["lesquels", "lesquelles"].contains(s.tokens[s.index - 1].folded)
                    || ["entrent", "produisent", "sortent", "prennent", "ont", "retroagissent"].contains(s.word() ?? "")
                try dated(named, try datePhrase(&s, dates: dates), plural: plural)
            } else if s.isWord("dat") || s.isWord("die"), s.isWord("in", at: 1), s.isWord("werking", at: 2), let verb = s.peek(3),
                      ["treedt", "treden"].contains(verb.folded) {
                // « met uitzondering van artikel 5, dat in werking treedt op 1 januari 2016 »:
                // the Dutch relative clause puts its verb last; read in the usual order.
                var again = Scanner([verb] + Array(s.tokens[(s.index + 1)..<(s.index + 3)]) + Array(s.tokens[(s.index + 4)...]))
                try dated(named, try datePhrase(&again, dates: dates), plural: verb.isWord("treden"))
                s.index += 1 + again.index
            } else if s.isWord("dat") || s.isWord("die"), s.isWord("uitwerking", at: 1), let verb = s.peek(2), ["heeft", "hebben"].contains(verb.folded) {
                // « met uitzondering van artikel 3, dat uitwerking heeft met ingang van (vanaf, op)
                // 1 januari 2014 » (look 23): read in the usual order, retroactive.
                var again = Scanner([verb, s.tokens[s.index + 1]] + Array(s.tokens[(s.index + 3)...]))
                try dated(named, try datePhrase(&again, dates: dates), plural: verb.isWord("hebben"))
                s.index += 1 + again.index
            } else if let (reordered, end) = Self.verbLast(s) {
                // « dat op 1 januari 2016 in werking treedt », « dat met ingang van 1 januari 2016
                // uitwerking heeft », « dat tot 1 januari 2014 terugwerkt »: the Dutch relative
                // clause with its verb last, read in the usual order; the whole clause, or not at all.
                var again = Scanner(reordered)
                let date = try datePhrase(&again, dates: dates)
                guard again.atEnd else {
                    throw InstructionError("entry-into-force clause: the exception's date is not read: «\(s.rest())»", kind: .noForm)
                }
                try dated(named, date, plural: ["treden", "hebben", "terugwerken"].contains(reordered.first?.folded ?? ""))
                s.index = end
            } else if s.take("dat", "terugwerkt", "tot") || s.take("die", "terugwerken", "tot") || s.take("die", "terugwerkt", "tot")
                        || s.take("dont", "les", "effets", "remontent", "au") || s.take("dont", "les", "effets", "remonte", "au") {
                // « dat terugwerkt tot 1 januari 2014 », « dont les effets remontent au 1er janvier
                // 2014 » (look 23): a retroactive date, as « qui produit ses effets le ».
                guard let date = CitationReader.date(s, at: 0) else {
                    throw InstructionError("entry-into-force clause: the exception's retroactive date is not read: «\(s.rest())»", kind: .noForm)
                }
                s.index += 3
                try dated(named, (.date(date), true), plural: ["remontent", "terugwerken"].contains(s.tokens[s.index - 5].folded))
            } else {
                s.index = before
                undated.append(result.count)
                result.append((named, nil))
            }
            if s.take(";") { undated = []; _ = s.take("et"); continue }
            if s.take(",") { _ = s.take("et") || s.take("en"); continue }
            if s.take("et") || s.take("en") { continue }
            break
        }
        return result
    }

    /// A Dutch relative clause at `s` (« dat … » / « die … ») whose verb group ends it, before
    /// « . », « ; » or « , »: « in werking treedt », « uitwerking heeft », « terugwerkt »
    /// (and their plurals). The clause with its verb group first (« treedt in werking op 1
    /// januari 2016 », « terugwerkt tot … » read as « produit ses effets le … »), and the
    /// index after it; `nil` for anything else.
    static func verbLast(_ s: Scanner) -> (tokens: [Token], end: Int)? {
        guard s.isWord("dat") || s.isWord("die") else { return nil }
        let start = s.index + 1
        var end = start
        while end < s.tokens.count, !(s.tokens[end].kind == .punctuation && [".", ";", ","].contains(s.tokens[end].text)) { end += 1 }
        let clause = Array(s.tokens[start..<end])
        guard clause.count >= 3 else { return nil }
        let words = clause.map(\.folded)
        let n = words.count
        if n >= 4, words[n - 3] == "in", words[n - 2] == "werking", ["treedt", "treden"].contains(words[n - 1]) {
            return ([clause[n - 1], clause[n - 3], clause[n - 2]] + clause[..<(n - 3)], end)
        }
        if n >= 3, words[n - 2] == "uitwerking", ["heeft", "hebben"].contains(words[n - 1]) {
            return ([clause[n - 1], clause[n - 2]] + clause[..<(n - 2)], end)
        }
        if n >= 3, ["terugwerkt", "terugwerken"].contains(words[n - 1]), words[0] == "tot" {
            // « tot 1 januari 2014 terugwerkt »: « heeft uitwerking met ingang van 1 januari 2014 ».
            let heeft = Token(kind: .word, text: "heeft", folded: "heeft"), uitwerking = Token(kind: .word, text: "uitwerking", folded: "uitwerking")
            let met = Token(kind: .word, text: "met", folded: "met"), ingang = Token(kind: .word, text: "ingang", folded: "ingang"), van = Token(kind: .word, text: "van", folded: "van")
            return ([heeft, uitwerking, met, ingang, van] + clause[1..<(n - 1)], end)
        }
        return nil
    }

    /// "des 2°, e), et 3°, d) et e), de l'article 8", "1°, 2°, a) à c)", "articles 2 et 3",
    /// "article 6", "2° de l'article 4".
    static func selectorList(_ s: inout Scanner) throws(InstructionError) -> [SourceSelector] {
        var items: [[PointLabel]] = []
        var bare = false
        var degree: PointLabel?
        var articles: [String] = []
        loop: while let token = s.peek() {
            if let label = ReferenceReader.label(token) {
                s.index += 1
                switch label.kind {
                case .degree:
                    items.append([label])
                    degree = label
                    bare = true
                default:
                    let kind: PointLabel.Kind = PointLabel.isRoman(label.value) && items.last?.last?.kind == .letter ? .roman : .letter
                    let point = PointLabel(kind: kind, value: label.value)
                    if bare, let last = items.indices.last, items[last].count == 1 {
                        items[last].append(point)
                    } else if let degree {
                        items.append([degree, point])
                    } else {
                        items.append([point])
                    }
                    bare = false
                }
                continue
            }
            switch token.folded {
            case ",", "et":
                s.index += 1
            case "a":
                // A range: "a) à c)", "1° à 3°".
                guard let next = s.peek(1), let last = ReferenceReader.label(next), let first = items.last?.last else { break loop }
                s.index += 2
                let range = try expand(first, last)
                let prefix = Array((items.last ?? []).dropLast())
                for label in range.dropFirst() { items.append(prefix + [label]) }
                bare = false
            case "de", "du", "des":
                let save = s.index
                s.index += 1
                _ = s.takeAny(["l'", "la", "les"])
                if let w = s.word(), w == "article" || w == "articles" {
                    continue
                }
                s.index = save
                break loop
            case "article", "articles", "artikel", "artikelen":
                s.index += 1
                // "l'article 8, 1° et 3°", "l'article 1er, 1), 3) et 4)", "les articles 1, 3., 2 et 9":
                // articles, each with the points that follow it.
                var paths: [String: [[PointLabel]]] = [:]
                while true {
                    if let label = pointAfterArticle(&s), let last = articles.last {
                        if label.kind == .letter || label.kind == .roman, var path = paths[last]?.popLast() {
                            path.append(label)
                            paths[last, default: []].append(path)
                        } else {
                            paths[last, default: []].append([label])
                        }
                    } else if let number = ReferenceReader.articleNumber(&s) {
                        if s.take("a"), let last = ReferenceReader.articleNumber(&s), let from = Int(number), let to = Int(last), from <= to, to - from < 1000 {
                            articles += (from...to).map(String.init)
                        } else {
                            articles.append(number)
                        }
                    } else {
                        break
                    }
                    _ = s.take(".")
                    let joint = s.index
                    if !(s.take(",") || s.take("et") || s.take("en")) { break }
                    // « de l'article 2 et de l'article 3, qui … » (look 30: refused): the « et »
                    // joins two parts of the caller's list, which reads on from it.
                    if s.tokens[joint].folded != ",", let next = s.word(), ["de", "du", "des", "van"].contains(next) {
                        s.index = joint
                        break
                    }
                }
                if !paths.isEmpty, items.isEmpty {
                    return articles.flatMap { article in
                        paths[article].map { $0.map { SourceSelector(article: article, points: $0) } } ?? [SourceSelector(article: article)]
                    }
                }
                break loop
            default:
                break loop
            }
        }
        if articles.isEmpty { return [] }
        if items.isEmpty { return articles.map { SourceSelector(article: $0) } }
        return articles.flatMap { article in items.map { SourceSelector(article: article, points: $0) } }
    }

    /// A point's label after an article's number: `1°`, `e)`, or `1)` (a number and a
    /// parenthesis, which the tokenizer keeps apart).
    private static func pointAfterArticle(_ s: inout Scanner) -> PointLabel? {
        guard let token = s.peek() else { return nil }
        if let label = ReferenceReader.label(token) {
            s.index += 1
            return label
        }
        if token.kind == .word, token.text.allSatisfy(\.isASCIIDigit), token.text.count <= 3, s.isMark(")", at: 1) {
            s.index += 2
            return PointLabel(kind: .number, value: token.text)
        }
        // "les articles 1,3., 2 et 9" (2023200531, art. 10): `3.`, a point numbered as a list
        // item, of the article before — followed by a comma or « et », never by the end of
        // the sentence (« les articles 1, 2 et 9. »). It was read as article 3, without a word.
        if token.kind == .word, token.text.allSatisfy(\.isASCIIDigit), token.text.count <= 3, s.isMark(".", at: 1),
           s.isMark(",", at: 2) || s.isWord("et", at: 2) {
            s.index += 2
            return PointLabel(kind: .degree, value: token.text)
        }
        return nil
    }

    private static func expand(_ first: PointLabel, _ last: PointLabel) throws(InstructionError) -> [PointLabel] {
        if first.kind == .degree, let a = Int(first.value), let b = Int(last.value), a <= b, b - a < 100 {
            return (a...b).map { PointLabel(kind: .degree, value: String($0)) }
        }
        if first.kind != .degree, first.value.unicodeScalars.count == 1, last.value.unicodeScalars.count == 1,
           let a = first.value.unicodeScalars.first?.value, let b = last.value.unicodeScalars.first?.value, a <= b {
            return (a...b).compactMap { Unicode.Scalar($0).map { PointLabel(kind: first.kind, value: String(Character($0))) } }
        }
        throw InstructionError("entry-into-force clause: cannot expand the range \(first) à \(last)")
    }

    /// The verb and the date: "entre en vigueur le 1er janvier 2023", "produisent leurs
    /// effets le …", "le jour de sa publication au Moniteur belge", "le dixième jour qui
    /// suit sa publication", "le premier jour du mois qui suit celui de sa publication",
    /// "à une date fixée par le Gouvernement".
    static func datePhrase(_ s: inout Scanner, dates: Dates) throws(InstructionError) -> (EffectiveDate, Bool) {
        let publication = dates.publication
        var retro = false
        if s.takeAny(["entre", "entrent"]) != nil, s.take("en", "vigueur") {
        } else if s.takeAny(["produit", "produisent", "sort", "sortent"]) != nil, s.takeAny(["ses", "leurs"]) != nil, s.take("effets") {
            // « sort ses effets », a frequent variant (look 19: the act's default date was
            // taken, with a warning that called the clause a provision).
            retro = true
        } else if s.takeAny(["retroagit", "retroagissent"]) != nil {
            // « Le présent arrêté rétroagit au 1er janvier 2020 ».
            retro = true
        } else if s.takeAny(["heeft", "hebben"]) != nil, s.take("uitwerking") {
            // « heeft uitwerking met ingang van 1 januari 2020 », the Dutch « produit ses effets ».
            retro = true
        } else if s.takeAny(["treedt", "treden"]) != nil, s.take("in", "werking") {
        } else {
            throw InstructionError("entry-into-force clause: expected \"entre en vigueur\" or \"produit ses effets\": «\(s.rest())»", kind: .noForm)
        }
        _ = s.take("op") || s.take("met", "ingang", "van") || s.take("vanaf")
        // « met ingang van 1 januari 2020 », « vanaf 1 januari 2020 » read as « à partir du ».
        if let date = CitationReader.date(s, at: 0), s.index > 0, ["van", "vanaf"].contains(s.tokens[s.index - 1].folded) {
            s.index += 3
            return (.date(date), retro)
        }
        if let dutch = try dutchDate(&s, publication: publication) { return (dutch, retro) }
        let start = s.index
        let beforeDate = s.index
        if !(s.take("a") && s.takeAny(["une", "la"]) != nil && s.take("date")) { s.index = beforeDate }
        if s.index > beforeDate {
            // "à la date de sa publication au Moniteur belge": the day of publication.
            let save = s.index
            if s.take("de"), s.takeAny(["sa", "son", "leur"]) != nil, s.take("publication") {
                skipMoniteur(&s)
                return (try published(publication, plus: 0), retro)
            }
            s.index = save
            _ = s.take("a")
            while let t = s.peek(), !(t.kind == .punctuation && (t.isMark(",") || t.isMark(".") || t.isMark(";"))) { s.index += 1 }
            return (try pending(&s, from: start), retro)
        }
        // "dix jours après la publication (du présent arrêté) au Moniteur belge", "six mois
        // après sa publication".
        if let w = s.word(), let n = Lexicon.cardinals[w] ?? Int(w), let unit = s.word(1), ["jours", "mois"].contains(unit), s.isWord("apres", at: 2) {
            s.index += 3
            _ = s.takeAny(["la", "sa"])
            guard s.take("publication") else { throw InstructionError("entry-into-force clause: cannot read «\(s.rest())»", kind: .noForm) }
            skipOwnAct(&s)
            skipMoniteur(&s)
            skipOwnAct(&s)
            guard let publication else { return (.pending("\(n) \(unit) après sa publication, date de publication inconnue"), retro) }
            return (.date(unit == "jours" ? publication.adding(days: n) : publication.adding(months: n)), retro)
        }
        // "à partir de l'année académique 2023-2024", "à partir de l'exercice comptable 2022":
        // a date the act does not give as a day.
        if s.isWord("a"), s.isWord("partir", at: 1), s.isWord("de", at: 2), s.isWord("l'", at: 3), let noun = s.word(4), ["annee", "exercice"].contains(noun) {
            let start = s.index
            while let t = s.peek(), !(t.kind == .punctuation && (t.isMark(".") || t.isMark(";"))) { s.index += 1 }
            return (.pending(Scanner.render(s.tokens[start..<s.index])), retro)
        }
        // A date right after the verb ("produit ses effets 1er janvier 2024"), or after "au".
        if let date = CitationReader.date(s, at: 0) {
            s.index += 3
            return (.date(date), retro)
        }
        if s.isWord("au"), let date = CitationReader.date(s, at: 1) {
            s.index += 4
            return (.date(date), retro)
        }
        if s.take("a", "partir", "du") || s.take("a", "partir", "de") || s.take("le") || s.take("des") {
            if let date = CitationReader.date(s, at: 0) {
                s.index += 3
                return (.date(date), retro)
            }
            // « le jour qui suit (celui de) sa publication au Moniteur belge », « le jour suivant
            // celui de sa publication » (look 29: an error that stopped the run), « le lendemain
            // de sa publication » (look 31: the same): the day after it.
            let beforeDay = s.index
            var dayAfter = s.take("jour") && (s.take("qui", "suit") || s.take("suivant"))
            if !dayAfter {
                s.index = beforeDay
                dayAfter = s.take("lendemain", "de")
            }
            if dayAfter {
                _ = s.take("celui", "de") || s.take("la", "date", "de")
                _ = s.takeAny(["sa", "son", "leur", "la"])
                if s.take("publication") {
                    skipOwnAct(&s)
                    skipMoniteur(&s)
                    return (try published(publication, plus: 1), retro)
                }
            }
            s.index = beforeDay
            if s.take("jour", "de") || s.take("jour", "de", "la") {
                _ = s.takeAny(["sa", "son", "leur", "la"])
                // "le jour de son adoption": the amending act's own date.
                if s.take("adoption") {
                    guard let adoption = dates.adoption else { return (.pending("le jour de son adoption, date de l'acte inconnue"), retro) }
                    return (.date(adoption), retro)
                }
                guard s.take("publication") else { throw InstructionError("entry-into-force clause: cannot read «\(s.rest())»", kind: .noForm) }
                // « le jour de la publication du présent arrêté au Moniteur belge » (look 20).
                skipOwnAct(&s)
                skipMoniteur(&s)
                return (try published(publication, plus: 0), retro)
            }
            if let w = s.word(), let n = ReferenceReader.ordinal(w), s.isWord("jour", at: 1) {
                s.index += 2
                // « le premier jour du deuxième mois qui suit celui de sa publication » (look 23:
                // an error): the month so many after the month of publication.
                var months = 1
                var monthly = s.take("du", "mois")
                if !monthly, s.isWord("du"), let m = s.word(1).flatMap(ReferenceReader.ordinal), (1...12).contains(m), s.isWord("mois", at: 2) {
                    months = m
                    monthly = true
                    s.index += 3
                }
                if monthly {
                    // "le premier jour du mois qui suit (celui de) sa publication", "… celui au
                    // cours duquel il aura été publié", "… l'expiration d'un délai de dix jours
                    // prenant cours le jour après sa publication".
                    _ = s.take("qui", "suit") || s.take("suivant")
                    var delay = 0
                    if s.take("l'", "expiration", "d'", "un", "delai", "de"), let w = s.word(), let days = Lexicon.cardinals[w] ?? Int(w), s.isWord("jours", at: 1) {
                        s.index += 2
                        _ = s.take("prenant", "cours", "le", "jour")
                        _ = s.take("apres") || s.take("suivant")
                        delay = days
                    }
                    _ = s.take("celui", "de") || s.take("la", "date", "de")
                    let published = s.take("celui", "au", "cours", "duquel") && s.takeAny(["il", "elle"]) != nil && s.take("aura", "ete")
                        && (s.takeParticiple("publi") || s.take("publie"))
                    if !published {
                        _ = s.takeAny(["sa", "leur"])
                        guard s.take("publication") else { throw InstructionError("entry-into-force clause: cannot read «\(s.rest())»", kind: .noForm) }
                    }
                    skipMoniteur(&s)
                    guard let base = publication else {
                        return (.pending("le \(n)e jour du \(months == 1 ? "" : "\(months)e ")mois qui suit sa publication, date de publication inconnue"), retro)
                    }
                    let publication = base.adding(days: delay)
                    let index = publication.month - 1 + months
                    guard let next = LegalDate(year: publication.year + index / 12, month: index % 12 + 1, day: n) else {
                        throw InstructionError("entry-into-force clause: no such day")
                    }
                    return (.date(next), retro)
                }
                _ = s.take("qui", "suit") || s.take("suivant") || s.take("apres")
                _ = s.take("celui", "de")
                _ = s.takeAny(["sa", "leur", "la"])
                guard s.take("publication") else { throw InstructionError("entry-into-force clause: cannot read «\(s.rest())»", kind: .noForm) }
                skipMoniteur(&s)
                return (try published(publication, plus: n), retro)
            }
        }
        throw InstructionError("entry-into-force clause: cannot read the date «\(s.rest())»", kind: .noForm)
    }

    /// Dutch dates after « treedt in werking op » (look 19: a base act's own clause was
    /// not read, and the act dated by the default rule with a warning that said it had no
    /// entry-into-force article): « de dag van de bekendmaking (ervan) in het Belgisch
    /// Staatsblad », « de tiende dag na (volgend op) de bekendmaking ervan », « een door de
    /// minister te bepalen datum » (pending). `nil` for other words.
    private static func dutchDate(_ s: inout Scanner, publication: LegalDate?) throws(InstructionError) -> EffectiveDate? {
        let save = s.index
        /// « (de / zijn) bekendmaking (ervan / van dit besluit) (in het Belgisch Staatsblad) ».
        func publicationWords() -> Bool {
            _ = s.take("die", "van") // « de tiende dag na die van zijn bekendmaking »
            _ = s.takeAny(["de", "zijn", "haar"])
            guard s.take("bekendmaking") else { return false }
            _ = s.take("ervan") || s.take("van", "dit", "besluit") || s.take("van", "dit", "decreet") || s.take("van", "deze", "wet")
                || s.take("van", "deze", "ordonnantie")
            skipMoniteur(&s)
            return true
        }
        if s.take("de", "dag", "van") {
            if publicationWords() { return try published(publication, plus: 0) }
            s.index = save
        }
        // « de dag waarop het in het Belgisch Staatsblad wordt bekendgemaakt », the standard
        // federal formula: the day of publication itself (look 29: an error that stopped the run).
        if s.take("de", "dag", "waarop") {
            if s.takeAny(["het", "hij", "zij", "ze"]) != nil || s.take("dit", "besluit") || s.take("dit", "decreet") || s.take("deze", "wet") || s.take("deze", "ordonnantie") {
                skipMoniteur(&s)
                if s.takeAny(["wordt", "is"]) != nil, s.take("bekendgemaakt") {
                    skipMoniteur(&s)
                    return try published(publication, plus: 0)
                }
            }
            s.index = save
        }
        // « de dag na (volgend op) de bekendmaking ervan »: the day after it (look 29).
        if s.take("de", "dag"), s.take("na") || s.take("volgend", "op") || s.take("volgende", "op") {
            if publicationWords() { return try published(publication, plus: 1) }
            s.index = save
        }
        s.index = save
        if s.take("de"), let w = s.word(), let n = Lexicon.ordinals[w], s.isWord("dag", at: 1) {
            s.index += 2
            // « de eerste dag van de maand die volgt op de bekendmaking ervan », « … volgend
            // op die waarin het is bekendgemaakt » (look 20); « van de tweede maand na die
            // waarin … »: the first day of the month two months after the month of publication
            // (look 29).
            var months = 1
            let monthly = n == 1 && (s.take("van", "de", "maand") || {
                guard s.isWord("van"), s.isWord("de", at: 1), let m = s.word(2).flatMap({ Lexicon.ordinals[$0] }), (2...12).contains(m), s.isWord("maand", at: 3) else { return false }
                months = m
                s.index += 4
                return true
            }())
            if monthly {
                // « … na afloop van een termijn van tien dagen die ingaat de dag na de
                // bekendmaking ervan » (look 42), as the French « … qui suit l'expiration d'un
                // délai de dix jours prenant cours le jour après sa publication »: the month
                // after the one in which the delay ends.
                var delay = 0
                if s.take("na", "afloop", "van", "een", "termijn", "van"), let w = s.word(), let days = Lexicon.cardinals[w] ?? Int(w), s.isWord("dagen", at: 1) {
                    s.index += 2
                    guard s.take("die", "ingaat", "de", "dag", "na") || s.take("te", "rekenen", "vanaf", "de", "dag", "na") else {
                        throw InstructionError("entry-into-force clause: cannot read «\(s.rest())»", kind: .noForm)
                    }
                    delay = days
                }
                _ = s.take("die", "volgt", "op") || s.take("volgend", "op") || s.take("volgende", "op") || s.take("na")
                // « … na die waarin het in het Belgisch Staatsblad is bekendgemaakt » (look 23): the
                // place of publication before the verb, as well as after it.
                let published = s.take("die", "waarin") && s.takeAny(["het", "hij", "zij", "ze"]) != nil && { skipMoniteur(&s); return true }()
                    && s.take("is", "bekendgemaakt")
                if published || publicationWords() {
                    skipMoniteur(&s)
                    guard let published = publication else {
                        return .pending("de eerste dag van de \(months == 1 ? "" : "\(months)e ")maand na de bekendmaking, datum van bekendmaking onbekend")
                    }
                    let base = published.adding(days: delay)
                    let index = base.month - 1 + months
                    guard let next = LegalDate(year: base.year + index / 12, month: index % 12 + 1, day: 1) else { throw InstructionError("entry-into-force clause: no such day") }
                    return .date(next)
                }
            } else if s.take("na") || s.take("volgend", "op") || s.take("volgende", "op") {
                if publicationWords() { return try published(publication, plus: n) }
            }
            s.index = save
        }
        // « tien dagen na de bekendmaking ervan in het Belgisch Staatsblad » (look 23): as « dix
        // jours après sa publication », the publication date and so many days (the tenth day
        // after it, as « le dixième jour qui suit »).
        if let w = s.word(), let n = Lexicon.cardinals[w] ?? Int(w), n > 1, s.isWord("dagen", at: 1), s.isWord("na", at: 2) {
            s.index += 3
            if publicationWords() { return try published(publication, plus: n) }
            s.index = save
        }
        // « een door de minister te bepalen datum », « de door de Koning bepaalde datum ».
        if s.isWord("een") || s.isWord("de"), (1...8).contains(where: { s.isWord("datum", at: $0) }), (1...4).contains(where: { s.isWord("door", at: $0) }) {
            let start = s.index
            while let t = s.peek(), !(t.kind == .punctuation && (t.isMark(",") || t.isMark(".") || t.isMark(";"))) { s.index += 1 }
            return try pending(&s, from: start)
        }
        s.index = save
        return nil
    }

    /// The words of a date fixed later, from `start` to the cursor (« à une date fixée par le
    /// Roi »): pending. When they name a latest day (« …(,) et au plus tard le 1er janvier 2023 »,
    /// « … en uiterlijk op … »; looks 19–21), to the sentence's end or to an exception, which the
    /// rule reads after (look 22: « …, à l'exception de l'article 2 qui … » was swallowed):
    /// pending with that day (``EffectiveDate/latest``), which an act that fixes the date
    /// overrides and the timeline otherwise applies.
    private static func pending(_ s: inout Scanner, from start: Int) throws(InstructionError) -> EffectiveDate {
        func startsException(_ k: Int) -> Bool {
            guard s.tokens[k].isMark(","), k + 1 < s.tokens.count else { return false }
            let next = s.tokens[k + 1].folded, second = k + 2 < s.tokens.count ? s.tokens[k + 2].folded : ""
            return next == "a" && second == "l'" || next == "sauf" || next == "met" && second == "uitzondering"
        }
        var end = s.index
        while end < s.tokens.count, !(s.tokens[end].kind == .punctuation && (s.tokens[end].isMark(".") || s.tokens[end].isMark(";"))), !startsException(end) {
            end += 1
        }
        let words = s.tokens[start..<end].map(\.folded)
        let latestSaid = words.contains("uiterlijk") || zip(words, words.dropFirst()).contains { $0 == "plus" && $1 == "tard" }
        guard latestSaid else { return .pending(Scanner.render(s.tokens[start..<s.index])) }
        let pending = EffectiveDate.pending(Scanner.render(s.tokens[start..<end]))
        guard pending.latest != nil else {
            throw InstructionError("entry-into-force clause: « \(Scanner.render(s.tokens[start..<end])) »: its latest date cannot be read; its edits are not dated")
        }
        s.index = end
        return pending
    }

    /// "du présent arrêté", where a clause names its own act again.
    private static func skipOwnAct(_ s: inout Scanner) {
        let save = s.index
        if s.take("du", "present") || s.take("de", "la", "presente"), s.word().map(Lexicon.actNouns.contains) == true {
            s.index += 1
        } else {
            s.index = save
        }
    }

    private static func skipMoniteur(_ s: inout Scanner) {
        _ = s.take("au", "moniteur", "belge") || s.take("in", "het", "belgisch", "staatsblad")
    }

    private static func published(_ publication: LegalDate?, plus days: Int) throws(InstructionError) -> EffectiveDate {
        guard let publication else {
            return .pending(days == 0 ? "le jour de sa publication, date de publication inconnue" : "le \(days)e jour qui suit sa publication, date de publication inconnue")
        }
        return .date(publication.adding(days: days))
    }
}

/// When an act enters into force by its own words: the general rule of its own
/// entry-into-force article ("Le présent arrêté entre en vigueur le 1er mai 2015", "… le
/// jour de sa publication au Moniteur belge", "… le premier jour du mois qui suit celui de
/// sa publication", "… à une date fixée par le Roi"), and the articles it excepts, each
/// with its date. An article that sets the date of something else ("Le présent article
/// entre en vigueur le jour des élections …", "L'alinéa 2 entre en vigueur …") is not the
/// act's own clause.
public struct OwnEntryIntoForce: Sendable {
    /// The general rule, with the article that says it.
    public var general: (effective: EffectiveDate, article: String)?
    /// Articles of the act with a date of their own, and the article and line that say so.
    public var articles: [(article: String, effective: EffectiveDate, clause: String, line: Int?)] = []
    /// What could not be read in those clauses, or taken into account.
    public var diagnostics: [Diagnostic] = []
}

extension EntryIntoForceReader {
    /// The act's own entry into force, read from its articles (`file` names diagnostics).
    /// The articles of an act whose words open with a clause of entry into force or of effect
    /// (« Le présent arrêté entre en vigueur … », « L'article 2 produit ses effets … »), by
    /// their normalised numbers: those that date its changes. A rule that only speaks of « l'entrée
    /// en vigueur du présent arrêté » is none of them.
    public static func datingArticles(of act: Act) -> Set<String> {
        var numbers = Set<String>()
        for article in act.articles {
            guard let first = article.alineas.first, Walker.mentionsEntryIntoForceOrExecution(first.text),
                  let tokens = try? Tokenizer.tokens(first.text), isEntryIntoForce(tokens), !isExecution(tokens) else { continue }
            numbers.insert(ArticleNumber.normalized(article.number))
        }
        return numbers
    }

    public static func own(_ act: Act, file: String) -> OwnEntryIntoForce {
        var own = OwnEntryIntoForce()
        let publication = act.metadata.publication
        for article in act.articles {
            // The clause on the act as a whole, or on some of its articles (« L'article 5
            // entre en vigueur le 1er janvier 2016 » as an article of its own — look 19: art. 5
            // was shown in force with the rest of the act, without a word).
            guard let first = article.alineas.first, Walker.mentionsEntryIntoForceOrExecution(first.text),
                  let tokens = try? Tokenizer.tokens(first.text), isEntryIntoForce(tokens) else { continue }
            let general = isGeneralClause(tokens)
            let number = ArticleNumber.normalized(article.number)
            var rules = EntryIntoForce()
            for alinea in article.alineas {
                let line = alinea.sentences.first?.range?.start.line ?? alinea.range?.start.line
                let text = Walker.flatten(alinea)
                guard let words = try? Tokenizer.tokens(text), isEntryIntoForce(words) else { continue }
                do throws(InstructionError) {
                    do throws(InstructionError) {
                        try read(text, article: number, line: line, publication: publication, adoption: act.metadata.date, into: &rules)
                    } catch {
                        // "Le décret …, ainsi que le présent arrêté entrent en vigueur le …": the
                        // act's own part of a clause whose subject names others too.
                        guard let own = generalSubject(words) else { throw error }
                        try read(Scanner.render(words[own...]), article: number, line: line, publication: publication, adoption: act.metadata.date, into: &rules)
                    }
                } catch {
                    // « Le présent arrêté cesse d'être en vigueur le … », « Il cesse … »: the act
                    // ends (look 20: a sunset act was shown in force after its end, silently).
                    if error.kind == .endOfForce {
                        // The act's own end is read from the text in force on the date asked
                        // (``end(of:)``); an end of some of its parts is not read: said.
                        if endDate(words) == nil {
                            own.diagnostics.append(.warning("an end to the force of some of the act's parts, or on no date Chronolex reads (« \(text.trimmingSpaces.prefix(80)) »): not read — they are shown in force after it", file: file, line: line, unit: "Art. \(number)"))
                        }
                        continue
                    }
                    // A clause about the act as a whole that cannot be read is said; the
                    // others (the entry into force of another act's parts, of transitional
                    // rules) are not the act's own.
                    if isGeneralClause(words) || (!general && error.kind != .notOurs) {
                        own.diagnostics.append(.warning("the act's entry-into-force clause cannot be read whole (\(error.message)): what it says beyond its general date is not taken into account", file: file, line: line, unit: "Art. \(number)"))
                    }
                }
            }
            if let general = rules.general { own.general = (general.effective, number) }
            for exception in rules.exceptions {
                for selector in exception.selectors {
                    if selector.points.isEmpty {
                        own.articles.append((selector.article, exception.effective, number, exception.line))
                    } else {
                        own.diagnostics.append(.warning("the act gives \(selector) its own entry into force; Chronolex dates articles as a whole, and takes art. \(selector.article) with the act", file: file, line: exception.line, unit: "Art. \(number)"))
                    }
                }
            }
        }
        return own
    }

    /// True when the subject of the verb of entry into force or effect holds "le présent
    /// arrêté / la présente loi / dit besluit": a clause about the act as a whole.
    static func isGeneralClause(_ tokens: [Token]) -> Bool {
        isEntryIntoForce(tokens) && generalSubject(tokens) != nil
    }

    /// The nouns of « le présent arrêté » and its equivalents, French and Dutch.
    static let generalSubjectNouns = FoldedWords(Lexicon.actNouns.words.union(["besluit", "decreet", "wet", "ordonnantie"]))

    /// Where the last "le présent arrêté" (or its equivalents) before the verb stands, if one does.
    static func generalSubject(_ tokens: [Token], verbs: FoldedWords = verbs) -> Int? {
        let nouns = generalSubjectNouns
        var found: Int?
        for k in tokens.indices.dropLast() {
            if verbs.contains(tokens[k].word) { return found }
            if ["present", "presente", "dit", "deze"].contains(tokens[k].word), nouns.contains(tokens[k + 1].word) {
                found = ["le", "la"].contains(tokens[max(0, k - 1)].word) ? k - 1 : k
            }
        }
        return nil
    }
}
