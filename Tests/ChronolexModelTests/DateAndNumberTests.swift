import ChronolexModel
import Testing

@Suite("Dates and numbers as the texts write them")
struct DateAndNumberTests {
    @Test(arguments: [
        ("2014-05-22", "2014-05-22"), ("01-09-2014", "2014-09-01"), ("01/09/2014", "2014-09-01"),
        ("1er janvier 2023", "2023-01-01"), ("22 DECEMBRE 2022", "2022-12-22"), ("premier mars 2020", "2020-03-01"),
        ("15 juillet 2021", "2021-07-15"), ("3 août 1980", "1980-08-03"), ("3 aout 1980", "1980-08-03"),
        ("17 mei 2007", "2007-05-17"), ("29 février 2024", "2024-02-29"),
    ])
    func readsDates(_ text: String, _ iso: String) {
        #expect(LegalDate(text)?.iso == iso)
    }

    @Test(arguments: ["2020-13-45", "2023-02-29", "31 avril 2020", "0000-01-01", "32-01-2020"])
    func rejectsImpossibleDates(_ text: String) {
        #expect(LegalDate.parse(text) == .failure(.impossible))
    }

    @Test(arguments: ["", "demain", "2020-1", "1er brumaire 2020", "22 mai", "2020-01-01-02"])
    func rejectsNonDates(_ text: String) {
        #expect(LegalDate.parse(text) == .failure(.notADate))
    }

    @Test func arithmeticAndSpellings() throws {
        let published = try #require(LegalDate("2024-01-10"))
        #expect(published.adding(days: 10).iso == "2024-01-20")
        #expect(try #require(LegalDate("2023-12-25")).adding(days: 10).iso == "2024-01-04")
        #expect(try #require(LegalDate("2024-02-25")).adding(days: 5).iso == "2024-03-01")
        #expect(try #require(LegalDate("2022-10-01")).justel == "01-10-2022")
        #expect(try #require(LegalDate("2023-01-01")).french == "1er janvier 2023")
        #expect(try #require(LegalDate("2022-12-22")).frenchHeading == "22 DECEMBRE 2022")
    }

    /// ISO and Justel spellings are written digit by digit; a year past 9999 (date
    /// arithmetic) is written in full.
    @Test func writesDatesWithZerosBeforeTheirNumbers() throws {
        let early = try #require(LegalDate(year: 5, month: 3, day: 7))
        #expect(early.iso == "0005-03-07")
        #expect(early.justel == "07-03-0005")
        let date = try #require(LegalDate(year: 2024, month: 11, day: 30))
        #expect(date.iso == "2024-11-30")
        #expect(date.justel == "30-11-2024")
        let last = try #require(LegalDate(year: 9999, month: 12, day: 31))
        #expect(last.iso == "9999-12-31")
        #expect(last.adding(days: 1).iso == "10000-01-01")
        #expect(last.adding(days: 1).justel == "01-01-10000")
        #expect(last.adding(days: 1).description == "10000-01-01")
    }

    @Test(arguments: [("1er", "1"), ("premier", "1"), ("1ère", "1"), ("1re", "1"), ("Ier", "I"), ("2", "2"),
                      ("2bis", "2bis"), ("4/1", "4/1"), ("155.1", "155.1"), ("L1122-30", "L1122-30"), ("2e", "2")])
    func normalisesOrdinals(_ written: String, _ cited: String) {
        #expect(ArticleNumber.normalized(written) == cited)
    }

    @Test func ordersArticleNumbers() {
        #expect(ArticleNumber.isOutOfOrder("3", after: "5"))
        #expect(!ArticleNumber.isOutOfOrder("5", after: "3"))
        #expect(!ArticleNumber.isOutOfOrder("2bis", after: "2"))
        #expect(!ArticleNumber.isOutOfOrder("2ter", after: "2bis"))
        #expect(ArticleNumber.isOutOfOrder("2bis", after: "2ter"))
        #expect(!ArticleNumber.isOutOfOrder("2/1", after: "2bis"))
        #expect(!ArticleNumber.isOutOfOrder("155.1", after: "155"))
        #expect(!ArticleNumber.isOutOfOrder("2", after: "1er"))
        #expect(!ArticleNumber.isOutOfOrder("L1122-31", after: "L1122-30"))
        #expect(ArticleNumber.isOutOfOrder("L1122-29", after: "L1122-30"))
        // Different prefixes are not compared.
        #expect(!ArticleNumber.isOutOfOrder("1", after: "XI.172"))
    }

    /// Plain figures take a short way to their key (reading speed); the key is the one the
    /// general reading gives: no prefix, one part, and none beyond nine digits.
    @Test func keysOfPlainFigures() {
        #expect(ArticleNumber.orderKey("12").map { [$0.prefix] + $0.parts.map(String.init) } == ["", "12"])
        #expect(ArticleNumber.orderKey("007").map { [$0.prefix] + $0.parts.map(String.init) } == ["", "7"])
        #expect(ArticleNumber.orderKey("123456789").map { [$0.prefix] + $0.parts.map(String.init) } == ["", "123456789"])
        #expect(ArticleNumber.orderKey("1234567890") == nil)
        // Look 42: numbers too long for an `Int` have no order, and do not trap.
        #expect(ArticleNumber.orderKey("99999999999999999999") == nil)
        #expect(ArticleNumber.orderKey("5/999999999999999999999") == nil)
        #expect(ArticleNumber.orderKey("9223372036854775808bis") == nil)
        #expect(ArticleNumber.orderKey("") == nil)
        // The general reading, beside: the ordinal dropped, a latin suffix ranked.
        #expect(ArticleNumber.orderKey("1er") == ArticleNumber.orderKey("1"))
        #expect(ArticleNumber.orderKey("2bis")?.parts.count == 2)
        #expect(ArticleNumber.orderKey("2")!.precedes(ArticleNumber.orderKey("2bis")!))
        #expect(ArticleNumber.orderKey("9")!.precedes(ArticleNumber.orderKey("10")!))
    }
}

@Suite("Sentences, counted as 'la deuxième phrase' counts them")
struct SentenceTests {
    @Test(arguments: [
        ("Une phrase. Une autre phrase.", ["Une phrase.", "Une autre phrase."]),
        ("Voir l'art. 5 du décret. Ensuite.", ["Voir l'art. 5 du décret.", "Ensuite."]),
        // A paragraph's number heading the text, or a sentence after a lost line break, is no
        // sentence end; cited inside a sentence, it ends it (hand check 18: « … visé au
        // § 1er. Il est motivé. » was one sentence, and « la deuxième phrase » took the third).
        ("§ 2. Le ministre statue.", ["§ 2. Le ministre statue."]),
        ("Conformément au § 1er. Le ministre statue.", ["Conformément au § 1er.", "Le ministre statue."]),
        ("M. Dupont signe. Il date.", ["M. Dupont signe.", "Il date."]),
        ("Les mots « A. B » sont remplacés. Fin.", ["Les mots « A. B » sont remplacés.", "Fin."]),
        ("Au 31 décembre 2023. Les montants.", ["Au 31 décembre 2023.", "Les montants."]),
        ("Est-ce clair ? Oui. À défaut, non.", ["Est-ce clair ?", "Oui.", "À défaut, non."]),
        ("un montant de 25.000 euros. suite en minuscule.", ["un montant de 25.000 euros. suite en minuscule."]),
        ("", []),
        // An initialism before a capital is no sentence end (look 29: « la deuxième phrase »
        // took « Economie. »); the splitter cannot tell « … au M.B. Il … » apart, which
        // ``ambiguousInitialism(in:)`` says.
        ("Établi par le S.P.F. Economie. Il est publié.", ["Établi par le S.P.F. Economie.", "Il est publié."]),
        ("Par l'A.S.B.L. Croix-Rouge. Fin.", ["Par l'A.S.B.L. Croix-Rouge.", "Fin."]),
        ("Publié au M.B. avant mars. Il est gratuit.", ["Publié au M.B. avant mars.", "Il est gratuit."]),
    ])
    func splits(_ text: String, _ expected: [String]) {
        #expect(SentenceSplitter.sentences(in: text) == expected)
    }

    @Test func initialismsBeforeACapitalAreSaid() {
        #expect(SentenceSplitter.ambiguousInitialism(in: "Établi par le S.P.F. Economie.") == "S.P.F.")
        #expect(SentenceSplitter.ambiguousInitialism(in: "Publié au M.B. Il est gratuit.") == "M.B.")
        #expect(SentenceSplitter.ambiguousInitialism(in: "Publié au M.B. avant mars.") == nil)
        #expect(SentenceSplitter.ambiguousInitialism(in: "M. Dupont signe.") == nil, "one letter: a title, as before")
        #expect(SentenceSplitter.ambiguousInitialism(in: "Voir l'art. 5. Fin.") == nil)
        #expect(SentenceSplitter.ambiguousInitialism(in: "Par l'A.S.B.L. Croix-Rouge.") == "A.S.B.L.")
    }

    @Test func quotationsOfSeveralLinesStayInOneSentence() {
        let text = "remplacé par ce qui suit :\n« Premier alinéa. Deuxième phrase.\nSecond alinéa. ». Suite."
        #expect(SentenceSplitter.sentences(in: text) == [
            "remplacé par ce qui suit :\n« Premier alinéa. Deuxième phrase.\nSecond alinéa. ».", "Suite.",
        ])
    }
}

@Suite("JSON output")
struct JSONTests {
    @Test func escapesAndKeepsKeyOrder() {
        let value = JSONValue.object([("z", .string("a\"b\\c\n\u{1}<é>")), ("a", .array([.int(1), .null, .bool(true)])), ("e", .object([]))])
        #expect(value.serialized(pretty: false) == #"{"z":"a\"b\\c\n\u0001<é>","a":[1,null,true],"e":{}}"#)
    }

    @Test func nestedValuesIndentByTwoSpaces() {
        let value = JSONValue.object([("a", .array([.object([("b", .string("c"))])]))])
        #expect(value.serialized() == "{\n  \"a\": [\n    {\n      \"b\": \"c\"\n    }\n  ]\n}")
    }
}

/// Issue 12: one table of Justel's abbreviations, by kind and authority, for every output
/// (`consolidate --format justel` and `diff` once printed the same décret as `DCR` and `DEC`).
@Suite("Justel's abbreviations of acts")
struct JustelAbbreviationTests {
    @Test(arguments: [
        (ActKind.loi, "SERVICE PUBLIC FEDERAL JUSTICE", "L"),
        (.arreteRoyal, "Intérieur", "AR"),
        (.arreteMinisteriel, nil, "AM"),
        (.arreteDuGouvernement, "COMMUNAUTE GERMANOPHONE", "ACG"),
        (.decret, "Communauté germanophone", "DCG"),
        (.arreteDuGouvernement, "SERVICE PUBLIC DE WALLONIE", "ARW"),
        (.decret, "SERVICE PUBLIC DE WALLONIE", "DRW"),
        (.decret, "MINISTERE DE LA COMMUNAUTE FRANCAISE", "DCFR"),
        (.decret, "AUTORITE FLAMANDE", "DCFL"),
        (.decret, nil, "DCR"),
        (.arreteDuGouvernement, nil, "ARR"),
    ] as [(ActKind, String?, String)])
    func abbreviation(_ kind: ActKind, _ authority: String?, _ expected: String) {
        #expect(kind.justelAbbreviation(authority: authority) == expected)
    }
}

/// Justel's markers follow the words they mark when an edit changes other words of the
/// unit (their offsets once stayed where they were).
@Suite("Justel's markers through a change of words")
struct MarksFollowingTests {
    @Test func marksBeforeAfterAndInsideTheChange() {
        let old = "Le [ministre] agrée les essais dans les trente jours [du dépôt]."
            .replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
        let new = old.replacingOccurrences(of: "trente", with: "quarante-cinq")
        let ministre = JustelMark(footnote: 1, start: 3, end: 10)
        let depotStart = Array(old.utf8).count - Array("du dépôt.".utf8).count
        let depot = JustelMark(footnote: 2, start: depotStart, end: Array(old.utf8).count - 1)
        let moved = JustelMark.following([ministre, depot], from: old, to: new)
        #expect(moved.first == ministre)
        let delta = Array(new.utf8).count - Array(old.utf8).count
        #expect(moved.last == JustelMark(footnote: 2, start: depot.start + delta, end: depot.end + delta))
        #expect(String(decoding: Array(new.utf8)[moved[1].start..<moved[1].end], as: UTF8.self) == "du dépôt")
        // A mark on the words taken out goes with them.
        let trente = JustelMark(footnote: 3, start: Array("Le ministre agrée les essais dans les ".utf8).count, end: Array("Le ministre agrée les essais dans les trente".utf8).count)
        #expect(JustelMark.following([trente], from: old, to: old.replacingOccurrences(of: "trente ", with: "")).isEmpty)
    }
}
