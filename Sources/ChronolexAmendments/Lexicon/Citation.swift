import ChronolexModel

/// An act as an instruction cites it, before resolution: named in full ("l'arrêté du
/// Gouvernement du 22 mai 2014 relatif aux …", "du Code judiciaire") or by reference to
/// the act cited last ("du même arrêté", "de la même loi").
enum CitedAct: Hashable {
    case named(ActCitation)
    /// "même" + the noun (`arrete`, `loi`, `decret`, `ordonnance`, `code`), and the kind
    /// when the words name one (« du même arrêté royal »: the royal one cited last, not an
    /// arrêté ministériel cited after it; look 33).
    case same(String, ActKind? = nil)
}

/// Reads act citations: "de l'arrêté du Gouvernement du 22 mai 2014 relatif aux …",
/// "de l'arrêté royal du 25 novembre 1991 portant …", "de la loi du 8 août 1980 …",
/// "de la loi n° 77-729", "du décret du 20 juin 2016 …", "du Code judiciaire",
/// "du même arrêté".
enum CitationReader {
    static let actNouns = Lexicon.actNouns
    static let months = FoldedWords(Set((LegalDate.frenchMonths + LegalDate.dutchMonths).map(Tokenizer.fold)))

    /// Reads a citation at the cursor. With `afterDeterminer` false, the leading `de l'`,
    /// `du`, `de la`, `l'`, `le`, `la` are read here.
    static func read(_ s: inout Scanner, afterDeterminer: Bool, titleStops: Bool = false) -> CitedAct? {
        let start = s.index
        if !afterDeterminer {
            if s.takeAny(["du", "des"]) == nil {
                if s.take("de") { _ = s.takeAny(["l'", "la"]) } else { _ = s.takeAny(["l'", "la", "le"]) }
            }
        }
        if s.take("meme") || s.take("memes") {
            guard let noun = s.word(), actNouns.contains(noun) || noun == "wet" else { s.index = start; return nil }
            s.index += 1
            // "du même arrêté royal", "du même arrêté du Gouvernement wallon": that kind.
            var kind: ActKind?
            if noun == "arrete" {
                if let adjective = s.takeAny(["royal", "ministeriel"]) {
                    kind = adjective == "royal" ? .arreteRoyal : .arreteMinisteriel
                } else if s.take("du", "gouvernement") {
                    kind = .arreteDuGouvernement
                    _ = s.takeAny(["wallon", "flamand", "de"])
                    if s.isWord("la") || s.isWord("l'") {
                        while let w = s.foldedWord(), w != ",", !isStop(s, titleStops: false), !(s.peek()?.kind == .punctuation) { s.index += 1 }
                    }
                }
            }
            return .same(noun == "arrete-loi" ? "arrete" : noun, kind)
        }
        if let dutch = readDutch(&s, titleStops: titleStops) { return dutch }
        if let abbreviated = readAbbreviation(&s) { return abbreviated }
        guard let noun = s.word(), actNouns.contains(noun) else { s.index = start; return nil }
        let nounToken = s.index
        s.index += 1
        var citation = ActCitation()
        switch noun {
        case "code":
            citation.kind = .code
            readTitle(&s, titleStops: titleStops)
            citation.title = Scanner.render(s.tokens[nounToken..<s.index])
            // "Code" capitalised, as codes are named.
            if let first = citation.title?.first, first.isLowercase {
                citation.title = first.uppercased() + (citation.title?.dropFirst() ?? "")
            }
            return .named(citation)
        case "loi": citation.kind = .loi
        case "decret": citation.kind = .decret
        case "ordonnance": citation.kind = .ordonnance
        case "constitution":
            citation.kind = .constitution
            return .named(citation)
        default:
            citation.kind = .arrete
            if s.take("royal") {
                citation.kind = .arreteRoyal
            } else if s.take("ministeriel") {
                citation.kind = .arreteMinisteriel
            } else if s.take("du", "gouvernement") {
                citation.kind = .arreteDuGouvernement
                // "du Gouvernement wallon", "du Gouvernement de la Communauté française".
                while let w = s.foldedWord(), !(w == "du" && s.peek(1)?.startsWithDigit == true), w != ",", !isStop(s, titleStops: titleStops) {
                    s.index += 1
                }
            } else if s.isWord("du"), s.isWord("college", at: 1) {
                // "l'arrêté du Collège de la Commission communautaire française du 9 juin
                // 2022 relatif au télétravail" (2023030317, hand check record 348): the
                // authority's words, then the date (it was left in the title, the date empty).
                let save = s.index
                s.index += 2
                while let w = s.foldedWord(), !(w == "du" && s.peek(1)?.startsWithDigit == true), w != ",", !isStop(s, titleStops: titleStops) {
                    s.index += 1
                }
                if !(s.isWord("du") && date(s, at: 1) != nil) { s.index = save }
            }
        }
        _ = s.take("special")
        // "Décret sur l'Energie du 8 mai 2009" (2023030123), "la loi spéciale de réformes
        // institutionnelles du 8 août 1980": a short name, then the act's date (the date
        // was left in the title, and the act had none).
        if !(s.isWord("du") && date(s, at: 1) != nil), let length = shortNameBeforeDate(s, titleStops: titleStops) {
            citation.title = Scanner.render(s.tokens[s.index..<(s.index + length)])
            s.index += length
        }
        if s.isWord("du"), let date = date(s, at: 1) {
            citation.date = date
            s.index += 4
        } else if s.take("n°") || s.take("n", "°") {
            if let number = s.peek(), number.kind == .word {
                s.index += 1
                citation.title = "n° " + number.text
            }
        }
        let titleStart = s.index
        readTitle(&s, titleStops: titleStops)
        // "de l'arrêté royal du 10 mars 2020 précité", "de la loi précitée": the act cited
        // before, not a title (look 29: « précité » was taken for the title, and the
        // base act for another act). With its date, the date names it; without, it is the
        // act of that kind cited last, as "du même arrêté".
        if s.index == titleStart + 1, let word = s.word(-1), aforesaid.contains(word) {
            if citation.date == nil, citation.title == nil { return .same(noun == "arrete-loi" ? "arrete" : noun, citation.kind) }
            return .named(citation)
        }
        if s.index > titleStart {
            let title = Scanner.render(s.tokens[titleStart..<s.index])
            citation.title = citation.title.map { $0 + " " + title } ?? title
        }
        return .named(citation)
    }

    /// « précité », « susmentionné », « susvisé » (and their feminine and plural forms),
    /// after an act's noun or date: the act cited before.
    static let aforesaid = FoldedWords(Set(["precite", "susmentionne", "susvise", "sus-vise", "sus-mentionne"].flatMap { [$0, $0 + "e", $0 + "s", $0 + "es"] }))

    /// Dutch « voormeld », « voornoemd », « bovenvermeld », « bovengenoemd » (« van het
    /// voormelde besluit », « van voormeld koninklijk besluit »): before the noun.
    static let dutchAforesaid = FoldedWords(Set(["voormeld", "voornoemd", "bovenvermeld", "bovengenoemd"].flatMap { [$0, $0 + "e"] }))

    /// "l'AR/CIR 92" (2021030322), "du CIR 92": the income tax code of 1992 and its royal
    /// decree of execution (27 August 1993), by the abbreviations the acts themselves use.
    static func readAbbreviation(_ s: inout Scanner) -> CitedAct? {
        guard let w = s.foldedWord(), w == "ar/cir" || w == "cir", s.isWord("92", at: 1) || s.isWord("1992", at: 1) else { return nil }
        s.index += 2
        if w == "cir" { return .named(ActCitation(kind: .code, title: "Code des impôts sur les revenus 1992")) }
        return .named(ActCitation(kind: .arreteRoyal, date: LegalDate(year: 1993, month: 8, day: 27),
                                  title: "d'exécution du Code des impôts sur les revenus 1992"))
    }

    /// The Dutch names of acts, as the French nouns ``CitationRegistry`` knows them by.
    static let dutchNouns: FoldedWordTable<String> = [
        "besluit": "arrete", "wet": "loi", "decreet": "decret", "ordonnantie": "ordonnance", "wetboek": "code", "grondwet": "constitution",
    ]

    /// A Dutch citation: "van het besluit van de Regering van 12 maart 2015 betreffende …",
    /// "van de wet van 8 augustus 1980 …", "van het koninklijk besluit van …", "van het
    /// ministerieel besluit van …", "van het decreet van …", "van het Wetboek …", "van
    /// hetzelfde besluit", "van dezelfde wet". The cursor is unmoved when there is none.
    static func readDutch(_ s: inout Scanner, titleStops: Bool) -> CitedAct? {
        let start = s.index
        _ = s.take("van")
        if s.take("hetzelfde") || s.take("dezelfde") {
            // « van hetzelfde koninklijk besluit »: that kind (look 33).
            let kind: ActKind? = switch s.takeAny(["koninklijk", "ministerieel"]) {
            case "koninklijk": .arreteRoyal
            case "ministerieel": .arreteMinisteriel
            default: nil
            }
            guard let noun = s.word(), let french = dutchNouns[noun] else { s.index = start; return nil }
            s.index += 1
            return .same(french, kind)
        }
        _ = s.takeAny(["het", "de"])
        // "van het voormelde besluit", "van voormelde wet": the act of that kind cited
        // before, as "hetzelfde besluit" (look 29). "van het voormelde koninklijk besluit".
        if let word = s.word(), dutchAforesaid.contains(word) {
            let save = s.index
            s.index += 1
            let adjective = s.takeAny(["koninklijk", "ministerieel"])
            if let noun = s.word(), let french = dutchNouns[noun], french != "constitution", french != "code" {
                s.index += 1
                return .same(french, adjective.map { $0 == "koninklijk" ? .arreteRoyal : .arreteMinisteriel })
            }
            s.index = save
        }
        var kind: ActKind?
        if s.take("koninklijk", "besluit") {
            kind = .arreteRoyal
        } else if s.take("ministerieel", "besluit") {
            kind = .arreteMinisteriel
        }
        let nounToken = s.index
        if kind == nil {
            guard let noun = s.word(), let french = dutchNouns[noun] else { s.index = start; return nil }
            s.index += 1
            switch french {
            case "loi": kind = .loi
            case "decret": kind = .decret
            case "ordonnance": kind = .ordonnance
            case "constitution": return .named(ActCitation(kind: .constitution))
            case "code":
                readTitle(&s, titleStops: titleStops)
                var title = Scanner.render(s.tokens[nounToken..<s.index])
                if let first = title.first, first.isLowercase { title = first.uppercased() + title.dropFirst() }
                return .named(ActCitation(kind: .code, title: title))
            default:
                kind = .arrete
                // "besluit van de (Vlaamse, Waalse, Brusselse Hoofdstedelijke) Regering".
                let save = s.index
                if s.take("van", "de") {
                    while let w = s.foldedWord(), w != "regering", w != ",", !(w == "van" && s.peek(1)?.startsWithDigit == true), !isStop(s, titleStops: titleStops) {
                        s.index += 1
                    }
                    if s.take("regering") { kind = .arreteDuGouvernement } else { s.index = save }
                }
            }
        }
        var citation = ActCitation(kind: kind)
        if s.isWord("van"), let date = date(s, at: 1) {
            citation.date = date
            s.index += 4
        }
        let titleStart = s.index
        readTitle(&s, titleStops: titleStops)
        if s.index > titleStart { citation.title = Scanner.render(s.tokens[titleStart..<s.index]) }
        return .named(citation)
    }

    /// A date in words at the offset: `1er janvier 2023`, `22 mai 2014`.
    static func date(_ s: Scanner, at offset: Int) -> LegalDate? {
        guard let day = s.peek(offset), day.kind == .word, let month = s.word(offset + 1), months.contains(month),
              let year = s.peek(offset + 2), year.kind == .word else { return nil }
        return LegalDate(day.text + " " + month + " " + year.text)
    }

    /// Skips the words of a title: up to a comma, a colon, a semicolon, a final dot, the
    /// verb of the instruction, or (in a title) "et"/"ainsi que" before another act.
    static func readTitle(_ s: inout Scanner, titleStops: Bool) {
        // "portant exécution de l'article 57, § 2, de la loi …": a title that cites a unit
        // goes on with the unit's parts and act after commas.
        var citesUnit = false
        while let token = s.peek() {
            // "…, coordonnées le 3 juin 1970, …" belongs to the title of the laws it names.
            if token.isMark(","), let next = s.foldedWord(1), next.text.hasPrefix("coordonne") {
                s.index += 2
                continue
            }
            // "… relatif à la limitation …, ainsi qu'au financement …": a comma inside the title.
            // (Not in the amending act's own title, whose commas separate the acts it amends
            // and its purpose: "…, en ce qui concerne …".)
            if token.isMark(","), !titleStops, continuesTitle(s, citesUnit: citesUnit) {
                s.index += 1
                continue
            }
            if token.kind == .punctuation, token.isMark(",") || token.isMark(":") || token.isMark(";") || token.isMark(".") { return }
            if token.kind == .quote {
                // "… de la loterie à billets, appelée « Bingo 3 euros », loterie publique …"
                // (2021030092): a name the title gives is the title's own.
                guard let previous = s.word(-1), namingWords.contains(previous) else { return }
                s.index += 1
                continue
            }
            if isStop(s, titleStops: titleStops) { return }
            if startsSubjectWithoutComma(s) { return }
            if danglingAct(s) != nil { return }
            if token.isWord("article") || token.isWord("articles"), s.peek(1)?.startsWithDigit == true { citesUnit = true }
            s.index += 1
        }
    }

    /// « … des substrats de culture et l'arrêté royal est remplacé » (2023040119, art. 3;
    /// hand check 14, record 329): « et » and an act's noun with neither date nor title,
    /// right before the instruction's verb — the act's own slip (words of its own title
    /// copied too far), which names no act. The number of its tokens; `nil` when the words
    /// at the cursor are not that.
    static func danglingAct(_ s: Scanner) -> Int? {
        guard s.isWord("et"), let determiner = s.word(1), ["l'", "le", "la"].contains(determiner),
              let noun = s.word(2), actNouns.contains(noun), noun != "meme" else { return nil }
        var probe = s
        probe.index += 3
        _ = probe.takeAny(["royal", "ministeriel"])
        guard probe.peek()?.kind == .word, isStop(probe, titleStops: false) else { return nil }
        return probe.index - s.index
    }

    /// The words after which a quotation in a title is a name the title gives ("appelée
    /// « Bingo 3 euros »", "dénommé « le Fonds »"), folded.
    static let namingWords: FoldedWords = ["appele", "appelee", "appeles", "appelees", "denomme", "denommee", "denommes", "denommees",
                                            "dit", "dite", "dits", "dites", "intitule", "intitulee", "intitules", "intitulees"]

    /// "… relatif à l'aménagement foncier des biens ruraux l'alinéa suivant est ajouté":
    /// a unit or new unit named right after a title's last word, without the comma
    /// (after a preposition, "de l'article 57", it is the title's own).
    static func startsSubjectWithoutComma(_ s: Scanner) -> Bool {
        guard s.index > 0, let previous = s.word(-1),
              !["de", "du", "des", "d'", "a", "au", "aux", "par", "en", "sur", "l'", "le", "la", "les", "et", "ou", "dans", "pour", "entre", "vers"].contains(previous),
              // "modifiant les articles 42, 44 et 50 de l'arrêté royal du …" (2022200452): the
              // units an amending act's title names are the title's.
              !CitationRegistry.amendingVerbs.contains(previous),
              let w = s.foldedWord(), ["l'", "le", "la", "les", "un", "une", "deux", "trois"].contains(w), let noun = s.foldedWord(1) else { return false }
        return ["alinea", "alineas", "paragraphe", "paragraphes", "§", "phrase", "tiret", "article", "articles", "mot", "mots", "annexe"].contains(noun)
            || noun == "§" || Lexicon.frenchDivisionWords[noun] != nil
            || s.peek(1).map { ReferenceReader.label($0) != nil } ?? false
    }

    /// At a comma in a title: true when the words after it go on with the title ("des
    /// sociétés …, des associations …", "du 1er juillet 2020 au 30 juin 2025", "le
    /// fonctionnement et le siège", "en vue de …"), false when they are the instruction's (a
    /// history or relative clause, a cited unit or act, quoted words, a verb, a place, a new
    /// unit). After a unit the title cites, its parts and act go on ("de l'article 57, § 2,
    /// de la loi …"). Looks a few words ahead, never reads a title: linear.
    static func continuesTitle(_ s: Scanner, citesUnit: Bool) -> Bool {
        var look = s
        look.index += 1
        if citesUnit, look.isText("§") { return true }
        guard let token = look.peek(), token.kind == .word else { return false }
        let w = token.word
        // "portant exécution de l'article 2, §§ 2 et 3, article 14, § 3, et article 19,
        // alinéas 3 et 4, de la loi …" (2021040075): the last of the units the title cites.
        if citesUnit, citesAnotherUnit(look, at: w == "et" ? 1 : 0) { return true }
        switch w {
        case "et", "ou", "il", "est", "sont", "qui", "dont", "tel", "telle", "tels", "telles", "entre", "avant", "apres", "dans", "het", "van", "luidende", "luidend":
            return false
        case "en":
            // "en vue de …" goes on, not "en dernier lieu"; "en ce qui concerne les sociétés
            // mutualistes visées à …" goes on (2021040075: words of the title), not "en ce qui
            // concerne le texte néerlandais" nor "… l'article 5" (the instruction's place).
            if look.isWord("ce", at: 1), look.isWord("qui", at: 2), look.isWord("concerne", at: 3) {
                var after = look
                after.index += 4
                if ReferenceReader.isStepStart(after, at: 0) { return false }
                _ = after.takeAny(Lexicon.determiners)
                guard let noun = after.word(), !["texte", "version", "article", "articles", "annexe", "annexes"].contains(noun),
                      !ReferenceReader.isStepStart(after, at: 0) else { return false }
            } else if !look.isWord("vue", at: 1) {
                return false
            }
        default:
            break
        }
        if isStop(look, titleStops: true) { return false }
        // « …, comportant les articles 6 et 7, est abrogé » (look 31): what the unit holds,
        // not the title's words.
        if w == "comportant" || w == "comprenant", look.isWord("les", at: 1) && look.isWord("articles", at: 2) || look.isWord("l'", at: 1) && look.isWord("article", at: 2) {
            return false
        }
        // ", modifié par …", ", inséré par …", ", remplacé en dernier lieu par …".
        if ReferenceReader.isHistoryClause(look, at: 0) { return false }
        if Lexicon.count(w.text) != nil, NewUnitReader.read(&look) != nil { return false }
        look.index = s.index + 1
        if WordNouns.read(&look) != nil { return false }
        look.index = s.index + 1
        if citesUnit, ReferenceReader.isStepStart(look, at: 0) { return true }
        let preposition = look.takeAny(["a", "au", "aux", "de", "du", "des"]) != nil
        let determiner = look.takeAny(Lexicon.determiners) != nil
        guard let noun = look.word() else { return false }
        // « …, le dernier alinéa », « …, au dernier alinéa, », « …, la deuxième phrase », « …,
        // les deux premiers alinéas »: a unit named by its place among others, the instruction's
        // (hand check 18: taken into the title, the whole article was replaced).
        if Self.countsUnits(look) { return false }
        if actNouns.contains(noun) || noun == "meme" { return citesUnit && preposition }
        if ReferenceReader.isStepStart(look, at: 0) || ["article", "articles", "annexe", "annexes", "intitule"].contains(noun) { return false }
        if determiner, Lexicon.placeNouns.contains(noun) || noun == "modifications" { return false }
        return true
    }

    /// At the cursor, a unit named by its place or its count: « dernier alinéa », « avant-
    /// dernière phrase », « deuxième tiret », « deux premiers alinéas », « trois derniers
    /// paragraphes » — words of place or count, then a unit's noun.
    static func countsUnits(_ s: Scanner) -> Bool {
        var k = 0
        var counted = false
        while let w = s.word(k), k < 3 {
            if rankWords.contains(w) || Lexicon.ordinals[w] != nil || Lexicon.cardinals[w] != nil {
                counted = true
                k += 1
                continue
            }
            return counted && (countedUnits.contains(w) || s.isText("§", at: k))
        }
        return false
    }

    /// Words of a unit's rank among others (folded): « dernier », « avant-dernière »,
    /// « premiers » (a rank in words is also an ordinal, or a count).
    private static let rankWords: FoldedWords = ["dernier", "derniere", "derniers", "dernieres", "avant-dernier", "avant-derniere",
                                                 "avant-derniers", "avant-dernieres", "premiers", "premieres"]
    /// The nouns of units named by their rank or count (folded).
    private static let countedUnits: FoldedWords = ["alinea", "alineas", "phrase", "phrases", "tiret", "tirets", "paragraphe", "paragraphes",
                                                    "point", "points", "§", "membre", "ligne", "lignes", "colonne", "colonnes"]

    /// In a title that cites units, the start of another: "article 14", "14, § 3", "§ 2",
    /// "alinéas 3 et 4".
    private static func citesAnotherUnit(_ s: Scanner, at offset: Int) -> Bool {
        if ReferenceReader.isStepStart(s, at: offset) { return true }
        if let token = s.peek(offset), token.startsWithDigit { return true }
        guard let w = s.word(offset), w == "article" || w == "articles" else { return false }
        return s.peek(offset + 1)?.startsWithDigit == true
    }

    /// The number of tokens of a short name before « du <date> »: at most six words, none
    /// an act's noun (« portant exécution de la loi du … » cites another act's date), no
    /// comma, no verb of the instruction; `nil` when no date follows so soon.
    static func shortNameBeforeDate(_ s: Scanner, titleStops: Bool) -> Int? {
        var probe = s
        for length in 1...6 {
            guard let token = probe.peek(), token.kind == .word, let w = probe.word(), !actNouns.contains(w), !isStop(probe, titleStops: titleStops) else { return nil }
            probe.index += 1
            if probe.isWord("du"), date(probe, at: 1) != nil { return length }
        }
        return nil
    }

    private static func isStop(_ s: Scanner, titleStops: Bool) -> Bool {
        guard let w = s.foldedWord() else { return true }
        switch w {
        case "est", "sont", "devient", "deviennent", "il", "entrent", "produit", "produisent", "retroagit", "retroagissent",
             "worden", "wordt", "treedt", "treden":
            return true
        case "entre":
            // "entre en vigueur", "entre les mots « A » et …" — not "la relation de travail
            // entre un agent … et son cocontractant", words of a title.
            if s.isWord("en", at: 1) || s.peek(1)?.kind == .quote { return true }
            guard let next = s.foldedWord(1), ["l'", "le", "la", "les"].contains(next), let noun = s.word(2) else { return false }
            return ["mot", "mots", "alinea", "alineas", "paragraphe", "paragraphes", "§", "point", "points", "article", "articles", "phrase", "phrases", "tiret", "tirets", "chiffre", "chiffres", "date", "dates", "lettre", "lettres", "termes", "terme"].contains(noun)
        case "ainsi":
            return s.isWord("que", at: 1)
        case "een":
            // « Er wordt in het besluit van … een artikel 5/1 ingevoegd » (look 29): the new
            // unit and its verb, a few words on before any comma, end the title.
            guard let noun = s.foldedWord(1), ["artikel", "lid", "paragraaf", "hoofdstuk", "afdeling", "onderafdeling", "titel", "punt", "bepaling", "nieuw", "nieuwe"].contains(noun) else { return false }
            for k in 2..<8 {
                guard let token = s.peek(k), token.text != "," else { return false }
                if token.isWord("ingevoegd") || token.isWord("toegevoegd") { return true }
            }
            return false
        case "modifiant", "completant", "abrogeant", "inserant", "remplacant", "wijzigende", "tot":
            // In an amending act's title, the next verb starts the next act's part.
            return titleStops
        case "et":
            guard titleStops, let next = s.foldedWord(1) else { return false }
            if ["modifiant", "completant", "abrogeant", "inserant", "remplacant", "portant", "relatif", "visant"].contains(next) { return true }
            if next == "l'" || next == "le" || next == "la" || next == "les" { return s.word(2).map { actNouns.contains($0) || $0 == "arretes" } ?? false }
            return false
        case "en":
            // "tot wijziging van het besluit … en het koninklijk besluit …".
            guard titleStops, let next = s.foldedWord(1), next == "het" || next == "de" else { return false }
            return s.word(2).map { dutchNouns[$0] != nil || $0 == "koninklijk" || $0 == "ministerieel" } ?? false
        default:
            return false
        }
    }
}

/// Resolves citations to one value per act: the acts the amending act's title names
/// (with their numacs from `modifies:` when the counts agree), then every act cited in
/// full; "du même arrêté" is the act of that kind cited last.
struct CitationRegistry {
    private(set) var known: [ActCitation] = []
    /// The acts the amending act's title names, in order.
    private(set) var titleActs: [ActCitation] = []
    private var cited: [ActCitation] = []

    init(title: String?, modifies: [String]) {
        if let title, let tokens = try? Tokenizer.tokens(title) {
            var s = Scanner(tokens)
            // Skip the amending act's own kind ("Arrêté du Gouvernement modifiant …").
            while !s.atEnd, !(s.word().map(CitationRegistry.amendingVerbs.contains) ?? false) { s.index += 1 }
            while !s.atEnd {
                let save = s.index
                if case .named(let citation)? = CitationReader.read(&s, afterDeterminer: false, titleStops: true), citation.kind != nil {
                    titleActs.append(citation)
                } else {
                    s.index = save + 1
                }
            }
        }
        // `modifies:` lists numacs in no set order (2024000081 lists 2013011446, 2013011444,
        // 2013011445 for a title naming …444, …445, …446): a numac goes to a title's act
        // only when nothing else can be meant: one of each, or the only numac of the act's
        // year (a numac starts with the year) and the only act of that year.
        if modifies.count == 1, titleActs.count == 1 {
            titleActs[0].numac = modifies[0]
        } else {
            for k in titleActs.indices {
                guard let year = titleActs[k].date?.year else { continue }
                let numacs = modifies.filter { $0.hasPrefix(String(year)) }
                let acts = titleActs.filter { $0.date?.year == year }
                if numacs.count == 1, acts.count == 1 { titleActs[k].numac = numacs[0] }
            }
        }
        known = titleActs
    }

    static let amendingVerbs: FoldedWords = ["modifiant", "modification", "completant", "abrogeant", "remplacant", "inserant", "wijziging", "tot"]

    /// The act named in the title when there is exactly one.
    var titleAct: ActCitation? { titleActs.count == 1 ? titleActs[0] : nil }

    /// The one act a division heading of the amending act names ("Chapitre 2. -
    /// Modification de l'arrêté du Gouvernement du 22 mai 2014 relatif aux …"), as the
    /// title's value for it when the title names it too; `nil` when it names none or several.
    func act(namedBy heading: String) -> ActCitation? {
        guard let tokens = try? Tokenizer.tokens(heading) else { return nil }
        var s = Scanner(tokens)
        var found: [ActCitation] = []
        while !s.atEnd {
            let save = s.index
            if case .named(let citation)? = CitationReader.read(&s, afterDeterminer: false, titleStops: true), citation.kind != nil, citation.date != nil {
                found.append(citation)
            } else {
                s.index = save + 1
            }
        }
        guard found.count == 1 else { return nil }
        return known.first { CitationRegistry.same($0, found[0]) } ?? found[0]
    }

    /// The act cited last, if any.
    var last: ActCitation? { cited.last }

    /// The acts cited so far, in the order of the text.
    var citedActs: [ActCitation] { cited }

    /// An act an entry-into-force clause cited (a date fixed for its parts): cited last now,
    /// for « du même arrêté » (look 29).
    mutating func note(_ act: ActCitation) {
        if cited.last != act { cited.append(act) }
    }

    /// The one value for this citation, or why there is none.
    mutating func resolve(_ act: CitedAct) -> Result<ActCitation, InstructionError> {
        switch act {
        case .same(let noun, let kind):
            let match = cited.last { CitationRegistry.noun(of: $0.kind) == noun && CitationRegistry.isOfKind($0.kind, kind) } ?? (cited.isEmpty ? titleAct : nil)
            guard let match else {
                if let last = cited.last {
                    let named = kind.map { $0.frenchName.lowercased() } ?? noun
                    return .failure(InstructionError("\"même \(named)\" but the act cited last is the \(last.name)"))
                }
                return .failure(InstructionError("\"même \(noun)\" but no act was cited before and the title names \(titleActs.count) acts"))
            }
            if cited.last != match { cited.append(match) }
            return .success(match)
        case .named(let citation):
            // "L'intitulé de l'arrêté": an act named by its kind alone is the act of that
            // kind cited last (or the one the title names), as "du même arrêté" would be.
            if citation.date == nil, citation.title == nil, citation.numac == nil, citation.kind != .code, citation.kind != .constitution {
                return resolve(.same(CitationRegistry.noun(of: citation.kind), citation.kind))
            }
            if let k = known.firstIndex(where: { CitationRegistry.same($0, citation) }) {
                // The same act cited in full by an instruction: its words are the act's, not
                // those the amending act's title gave it (cut at a comma, or running into the
                // title's own purpose), and its kind may be more precise ("l'arrêté du
                // Gouvernement wallon du 28 février 2019" for the title's "l'arrêté du …").
                let old = known[k]
                var refined = old
                if old.kind == .arrete, let kind = citation.kind, kind != .arrete { refined.kind = kind }
                if let title = citation.title, !title.isEmpty { refined.title = title }
                if refined.date == nil, let date = citation.date { refined.date = date }
                if refined != old {
                    known[k] = refined
                    for j in titleActs.indices where titleActs[j] == old { titleActs[j] = refined }
                    for j in cited.indices where cited[j] == old { cited[j] = refined }
                }
                cited.append(refined)
                return .success(refined)
            }
            // The same kind and date, one candidate only: the same act cited more briefly.
            let candidates = known.filter { CitationRegistry.sameKind($0.kind, citation.kind) && $0.date != nil && $0.date == citation.date }
            if citation.title == nil, candidates.count == 1 {
                cited.append(candidates[0])
                return .success(candidates[0])
            }
            known.append(citation)
            cited.append(citation)
            return .success(citation)
        }
    }

    static func noun(of kind: ActKind?) -> String {
        switch kind {
        case .loi: "loi"
        case .decret: "decret"
        case .ordonnance: "ordonnance"
        case .code: "code"
        case .constitution: "constitution"
        default: "arrete"
        }
    }

    /// True when an act cited as `cited` may be the act « du même » names as `kind`: any
    /// when it names none (« du même arrêté ») or `cited` says none; else that kind (« du même
    /// arrêté royal » is not the arrêté ministériel cited after it: look 33).
    static func isOfKind(_ cited: ActKind?, _ kind: ActKind?) -> Bool {
        guard let kind, kind != .arrete, let cited, cited != .arrete else { return true }
        return cited == kind
    }

    static func sameKind(_ a: ActKind?, _ b: ActKind?) -> Bool {
        a == b || noun(of: a) == noun(of: b) && (a == .arrete || b == .arrete)
    }

    static func same(_ a: ActCitation, _ b: ActCitation) -> Bool {
        guard sameKind(a.kind, b.kind) else { return false }
        let ta = a.title.map(Tokenizer.fold) ?? ""
        let tb = b.title.map(Tokenizer.fold) ?? ""
        // "le décret sur l'Energie" (the amending act's title) and "le Décret sur l'Energie
        // du 8 mai 2009" (its instruction, 2023030123): one act, dated by the citation that
        // gives a date, when both give the same title (« sur l'Energie renouvelable » is
        // another act).
        if a.date != b.date {
            return (a.date == nil || b.date == nil) && !ta.isEmpty && ta == tb
        }
        if ta == tb { return true }
        return !ta.isEmpty && !tb.isEmpty && (ta.hasPrefix(tb) || tb.hasPrefix(ta))
    }
}
