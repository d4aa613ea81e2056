import ChronolexAmendments
import ChronolexModel
import ChronolexReaders
import ChronolexTimeline
import ChronolexWorkspace
import Testing

/// Look 29 (probes of entry into force, fixing acts and dating, on a frozen build): acts
/// that fix dates — published after the day asked for, with an exception, of an article the
/// act does not hold, « du même arrêté » —, a base article left to a date fixed later, a
/// publication before signature, the history of fixed dates, an amendment of an amending act
/// that takes effect after the day asked for.
@Suite("Look 29: fixing acts, base articles not yet in force, dates (entry into force)")
struct Look29DatingTests {
    /// The probes' base act (numac 2020100001, signed 2020-03-10, published 2020-03-20),
    /// its art. 10 as given.
    static func base(_ article10: String = "Le présent arrêté entre en vigueur le 1er avril 2020.") -> String {
        """
        ---
        title-fr: "Arrêté royal relatif aux essais de probe"
        date: 2020-03-10
        number: 2020100001
        case: 2020-03-10/01
        publication: 2020-03-20
        starts:
        modifies:
        ---

        ### CHAPITRE 1er. - Dispositions générales

        **Article 1er.** Le présent arrêté règle les essais.

        **Art. 2.** Le ministre fixe les modalités des essais.

        **Art. 3.** Les essais ont lieu chaque année. Le rapport est publié.

        Le rapport contient les résultats.

        **Art. 4.** La commission se réunit deux fois par an.

        ### CHAPITRE 2. - Procédure

        **Art. 6.** Le ministre statue dans les trente jours.

        **Art. 7.** La décision est notifiée par envoi recommandé.

        **Art. 8.** Un recours est ouvert auprès du ministre.

        **Art. 9.** Le recours est introduit dans les quinze jours.

        **Art. 10.** \(article10)
        """
    }

    static let amendingTitle = "Arrêté royal modifiant l'arrêté royal du 10 mars 2020 relatif aux essais de probe"
    static let cited = "l'arrêté royal du 4 mai 2021 modifiant l'arrêté royal du 10 mars 2020 relatif aux essais de probe"

    /// An act of `date`, published `published`, whose articles are `body`.
    static func act(_ body: String, numac: String, date: String, published: String, title: String = amendingTitle, modifies: String = "2020100001") -> String {
        """
        ---
        title-fr: "\(title)"
        date: \(date)
        number: \(numac)
        case: \(date)/09
        publication: \(published)
        starts:
        modifies: \(modifies)
        ---

        \(body)
        """
    }

    /// The amending act of 4 May 2021 (2021100002, published 2021-05-14): art. 1 changes
    /// art. 2, art. 2 changes art. 6, art. 3 dates them.
    static func amending(_ entry: String = "Le présent arrêté entre en vigueur à une date fixée par le Roi, à l'exception de l'article 2 qui entre en vigueur le 1er juin 2021.") -> String {
        act("""
        **Article 1er.** Dans l'article 2 de l'arrêté royal du 10 mars 2020 relatif aux essais de probe, les mots « les modalités » sont remplacés par les mots « les règles ».

        **Art. 2.** Dans l'article 6 du même arrêté, les mots « trente jours » sont remplacés par les mots « soixante jours ».

        **Art. 3.** \(entry)
        """, numac: "2021100002", date: "2021-05-04", published: "2021-05-14")
    }

    /// The amending act of 4 May 2021 whose art. 1 has two points (both on art. 6), dated « par le Roi ».
    static let twoPoints = act("""
    **Article 1er.** A l'article 6 de l'arrêté royal du 10 mars 2020 relatif aux essais de probe, les modifications suivantes sont apportées :

    1° les mots « Le ministre » sont remplacés par les mots « Le Gouvernement »;

    2° les mots « trente jours » sont remplacés par les mots « soixante jours ».

    **Art. 2.** Le présent arrêté entre en vigueur à une date fixée par le Roi.
    """, numac: "2021100002", date: "2021-05-04", published: "2021-05-14")

    /// An act that fixes dates, of `date`, published `published`: `body`, then its own entry
    /// into force on the day of its publication.
    static func fixing(_ body: String, numac: String = "2022100010", date: String = "2022-02-10", published: String = "2022-03-01",
                       title: String = "Arrêté royal fixant la date d'entrée en vigueur de l'arrêté royal du 4 mai 2021 modifiant l'arrêté royal du 10 mars 2020 relatif aux essais de probe") -> String {
        act(body + "\n\n**Art. 9.** Le présent arrêté entre en vigueur le jour de sa publication au Moniteur belge.", numac: numac, date: date, published: published, title: title, modifies: "")
    }

    static func workspace(_ texts: [(String, String)]) -> Workspace {
        Workspace(texts: [("base.md", base())] + texts)
    }

    static func day(_ iso: String) -> LegalDate { LegalDate(iso)! }

    static func text(_ consolidated: Consolidated, _ article: String, _ date: String) throws -> String {
        try TextRenderer.render(consolidated.article(article, at: day(date)).get().article)
    }

    // MARK: F1

    /// An act that fixes the date of changes their act had dated itself, published after the
    /// day asked for: as known on that day it says nothing (it said « … which that act had
    /// dated itself » in `consolidate` and `explain`).
    @Test func aFixingPublishedAfterTheDayAskedForSaysNothing() throws {
        let f = Self.fixing("**Article 1er.** Les articles 1er et 2 de \(Self.cited) entrent en vigueur le 1er janvier 2022.")
        let workspace = Self.workspace([("a.md", Self.amending()), ("f.md", f)])
        let dated = "which that act had dated itself"
        let known = try workspace.consolidated(act: "2020100001", knownOn: Self.day("2021-12-01")).get()
        #expect(!known.diagnostics.contains { $0.message.contains(dated) }, "\(known.diagnostics.map(\.message))")
        #expect(!known.failed(article: "6", at: [Self.day("2021-07-01")]))
        let explained = try workspace.explanation(act: "2020100001", knownOn: Self.day("2021-12-01")).get()
        #expect(!explained.problems.contains { $0.message.contains(dated) }, "\(explained.problems.map(\.message))")
        // Known: said, as before.
        let now = try workspace.consolidated(act: "2020100001").get()
        #expect(now.diagnostics.filter { $0.message.contains(dated) }.count == 1, "\(now.diagnostics.map(\.message))")
        #expect(now.failed(article: "6", at: [Self.day("2021-07-01")]))
    }

    // MARK: F3

    /// « L'arrêté … entre en vigueur le 1er janvier 2022, à l'exception de l'article 1er, 1°,
    /// qui entre en vigueur le 1er janvier 2023 »: one date for each part, not the 1° fixed twice.
    @Test func aFixingWithAnExceptionFixesEachPartOnce() throws {
        let f = Self.fixing("**Article 1er.** L'\(Self.cited.dropFirst(2)) entre en vigueur le 1er janvier 2022, à l'exception de l'article 1er, 1°, qui entre en vigueur le 1er janvier 2023.")
        let consolidated = try Self.workspace([("a.md", Self.twoPoints), ("f.md", f)]).consolidated(act: "2020100001").get()
        #expect(!consolidated.diagnostics.contains { $0.severity == .error }, "\(consolidated.diagnostics.map(\.message))")
        #expect(try Self.text(consolidated, "6", "2022-06-01") == "Art. 6. Le ministre statue dans les soixante jours.\n")
        #expect(try Self.text(consolidated, "6", "2023-01-01") == "Art. 6. Le Gouvernement statue dans les soixante jours.\n")
        // The same after a list of articles (« cannot tell what it applies to », an error).
        let listed = Self.fixing("**Article 1er.** Les articles 1er et 2 de \(Self.cited) entrent en vigueur le 1er janvier 2022, à l'exception de l'article 1er, 1°, qui entre en vigueur le 1er janvier 2023.")
        let again = try Self.workspace([("a.md", Self.twoPoints), ("f.md", listed)]).consolidated(act: "2020100001").get()
        #expect(again.diagnostics.isEmpty, "\(again.diagnostics.map(\.message))")
        #expect(try Self.text(again, "6", "2022-06-01") == "Art. 6. Le ministre statue dans les soixante jours.\n")
        #expect(try Self.text(again, "6", "2023-01-01") == "Art. 6. Le Gouvernement statue dans les soixante jours.\n")
    }

    // MARK: S11

    /// « L'article 7 de l'arrêté royal du 4 mai 2021 … entre en vigueur … » when that act has
    /// three articles: an error at the fixing act's article, scoped to the changes of the act
    /// cited (it said nothing).
    @Test func aFixingOfAnArticleTheActDoesNotHold() throws {
        let f = Self.fixing("**Article 1er.** L'article 7 de \(Self.cited) entre en vigueur le 1er janvier 2022.")
        let workspace = Self.workspace([("a.md", Self.amending()), ("f.md", f)])
        let consolidated = try workspace.consolidated(act: "2020100001").get()
        let errors = consolidated.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(consolidated.diagnostics.map(\.message))")
        let error = try #require(errors.first)
        #expect(error.location?.line == 11 && error.unit == "Art. 1" && error.file == "f.md", "\(error)")
        #expect(error.message.contains("art. 7") && error.message.contains("has no article 7"), "\(error.message)")
        // Scoped to the change the cited act left pending (its art. 1, on art. 2), from the day
        // the fixing gives; not to the change it dated itself (its art. 2, on art. 6).
        #expect(consolidated.failed(article: "2", at: [Self.day("2022-06-01")]))
        #expect(!consolidated.failed(article: "2", at: [Self.day("2021-12-31")]))
        #expect(!consolidated.failed(article: "6", at: [Self.day("2022-06-01")]))
        #expect(!consolidated.failed(article: "3", at: [Self.day("2022-06-01")]))
        // None left pending: every change of the act, from the first day one takes.
        let dated = Self.amending("Le présent arrêté entre en vigueur le 1er juin 2021.")
        let all = try Self.workspace([("a.md", dated), ("f.md", f)]).consolidated(act: "2020100001").get()
        #expect(all.failed(article: "6", at: [Self.day("2021-06-01")]))
        #expect(all.failed(article: "2", at: [Self.day("2021-06-01")]))
        #expect(!all.failed(article: "6", at: [Self.day("2021-05-31")]))
        // As known before the fixing act was published: nothing to say.
        let known = try workspace.consolidated(act: "2020100001", knownOn: Self.day("2022-02-01")).get()
        #expect(!known.diagnostics.contains { $0.severity == .error }, "\(known.diagnostics.map(\.message))")
        // An article the act holds: no error.
        let right = Self.fixing("**Article 1er.** L'article 1er de \(Self.cited) entre en vigueur le 1er janvier 2022.")
        let fine = try Self.workspace([("a.md", Self.amending()), ("f.md", right)]).consolidated(act: "2020100001").get()
        #expect(!fine.diagnostics.contains { $0.severity == .error }, "\(fine.diagnostics.map(\.message))")
    }

    /// A point the article does not hold: « l'article 1er, 3° » of an article of two points.
    @Test func aFixingOfAPointTheArticleDoesNotHold() throws {
        let f = Self.fixing("**Article 1er.** L'article 1er, 3°, de \(Self.cited) entre en vigueur le 1er janvier 2022.")
        let consolidated = try Self.workspace([("a.md", Self.twoPoints), ("f.md", f)]).consolidated(act: "2020100001").get()
        let errors = consolidated.diagnostics.filter { $0.severity == .error }.map(\.message)
        #expect(errors.count == 1 && errors[0].contains("but art. 1 of the act « Arrêté royal modifiant") && errors[0].contains("has no 3°"), "\(errors)")
        #expect(consolidated.failed(article: "6", at: [Self.day("2022-06-01")]))
        // The points it holds: no error.
        let right = Self.fixing("**Article 1er.** L'article 1er, 1° et 2°, de \(Self.cited) entre en vigueur le 1er janvier 2022.")
        let fine = try Self.workspace([("a.md", Self.twoPoints), ("f.md", right)]).consolidated(act: "2020100001").get()
        #expect(!fine.diagnostics.contains { $0.severity == .error }, "\(fine.diagnostics.map(\.message))")
    }

    /// The same for a base article: « L'article 12 de l'arrêté royal du 10 mars 2020 … » of
    /// an act of ten articles.
    @Test func aFixingOfABaseArticleTheBaseDoesNotHold() throws {
        let f = Self.fixing("**Article 1er.** L'article 12 de l'arrêté royal du 10 mars 2020 relatif aux essais de probe entre en vigueur le 1er janvier 2021.",
                            numac: "2020100050", date: "2020-11-10", published: "2020-11-20",
                            title: "Arrêté royal fixant la date d'entrée en vigueur de l'article 9 de l'arrêté royal du 10 mars 2020 relatif aux essais de probe")
        let base = Self.base("Le présent arrêté entre en vigueur le 1er avril 2020, à l'exception de l'article 9, qui entre en vigueur à une date fixée par le Roi.")
        let consolidated = try Workspace(texts: [("base.md", base), ("f.md", f)]).consolidated(act: "2020100001").get()
        let errors = consolidated.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1 && errors[0].message.contains("has no article 12"), "\(consolidated.diagnostics.map(\.message))")
    }

    // MARK: M6

    /// « L'article 1er, 1°, du même arrêté entre en vigueur le 1er janvier 2023 », the act
    /// cited by the article before: read (a warning, the 1° left pending).
    @Test func theSameActInAFixingAct() throws {
        let f = Self.fixing("""
        **Article 1er.** L'article 1er, 2°, de \(Self.cited) entre en vigueur le 1er janvier 2022.

        **Art. 2.** L'article 1er, 1°, du même arrêté entre en vigueur le 1er janvier 2023.
        """)
        let consolidated = try Self.workspace([("a.md", Self.twoPoints), ("f.md", f)]).consolidated(act: "2020100001").get()
        #expect(consolidated.diagnostics.isEmpty, "\(consolidated.diagnostics.map(\.message))")
        #expect(try Self.text(consolidated, "6", "2022-06-01") == "Art. 6. Le ministre statue dans les soixante jours.\n")
        #expect(try Self.text(consolidated, "6", "2023-01-01") == "Art. 6. Le Gouvernement statue dans les soixante jours.\n")
    }

    // MARK: S9

    static let pendingNine = "Le présent arrêté entre en vigueur le 1er avril 2020, à l'exception de l'article 9, qui entre en vigueur à une date fixée par le Roi."
    static let fixingNine = fixing("**Article 1er.** L'article 9 de l'arrêté royal du 10 mars 2020 relatif aux essais de probe entre en vigueur le 1er janvier 2021.",
                                   numac: "2020100050", date: "2020-11-10", published: "2020-11-20",
                                   title: "Arrêté royal fixant la date d'entrée en vigueur de l'article 9 de l'arrêté royal du 10 mars 2020 relatif aux essais de probe")

    /// The whole act on a day its art. 9 is not in force (left to a date fixed by the Roi):
    /// a warning naming it, and why (it jumped from art. 8 to art. 10, without a word).
    @Test func aBaseArticleNotYetInForceIsSaid() throws {
        let consolidated = try Workspace(texts: [("base.md", Self.base(Self.pendingNine))]).consolidated(act: "2020100001").get()
        let said = consolidated.report(keepGoing: false, at: [Self.day("2020-06-01")])
        let warning = try #require(said.first { $0.unit == "Art. 9" }, "\(said.map(\.message))")
        #expect(warning.severity == .warning && warning.file == "base.md" && warning.location?.line == 33, "\(warning)")
        #expect(warning.message == "not in force on 2020-06-01: the act dates it « à une date fixée par le Roi » (its art. 10)", "\(warning.message)")
        #expect(!consolidated.failed(at: [Self.day("2020-06-01")]))
        // Not said for another article asked for.
        #expect(!consolidated.report(keepGoing: false, article: "8", at: [Self.day("2020-06-01")]).contains { $0.unit == "Art. 9" })

        // Its date fixed by a later act: said before that day, with the act; not after.
        let fixed = try Workspace(texts: [("base.md", Self.base(Self.pendingNine)), ("f.md", Self.fixingNine)]).consolidated(act: "2020100001").get()
        let before = fixed.report(keepGoing: false, at: [Self.day("2020-06-01")]).filter { $0.unit == "Art. 9" }.map(\.message)
        #expect(before == ["not in force on 2020-06-01: the act dates it « à une date fixée par le Roi » (its art. 10); the act of 10 novembre 2020, art. 1, fixes 2021-01-01"], "\(before)")
        #expect(!fixed.report(keepGoing: false, at: [Self.day("2021-01-01")]).contains { $0.unit == "Art. 9" })
        // The JSON says it too; not when every article is in force.
        let june = Self.day("2020-06-01")
        let json = ConsolidationJSON.render(fixed.timeline.act(at: june), fixed.timeline, at: june, knownOn: nil, pretty: false)
        #expect(json.contains(#""notInForce":[{"article":"art. 9","reason":"the act dates it « à une date fixée par le Roi » (its art. 10); the act of 10 novembre 2020, art. 1, fixes 2021-01-01","clause":"art. 10","line":33}]"#), "\(json)")
        let january = Self.day("2021-01-01")
        #expect(!ConsolidationJSON.render(fixed.timeline.act(at: january), fixed.timeline, at: january, knownOn: nil).contains("notInForce"))
        // A base article dated later by the act itself.
        let later = try Workspace(texts: [("base.md", Self.base("Le présent arrêté entre en vigueur le 1er avril 2020, à l'exception de l'article 9, qui entre en vigueur le 1er janvier 2021."))])
            .consolidated(act: "2020100001").get()
        #expect(later.report(keepGoing: false, at: [Self.day("2020-06-01")]).filter { $0.unit == "Art. 9" }.map(\.message)
                    == ["not in force on 2020-06-01: the act dates it from 2021-01-01 (its art. 10)"])
    }

    // MARK: S10

    /// A publication before the act was signed is impossible: a warning at the front
    /// matter's line; the dates are kept.
    @Test func publishedBeforeSigned() throws {
        let text = Self.act("**Article 1er.** Dans l'article 6 de l'arrêté royal du 10 mars 2020 relatif aux essais de probe, les mots « trente jours » sont remplacés par les mots « soixante jours ».",
                            numac: "2021100002", date: "2021-05-04", published: "2021-04-14")
        let read = ActReader.read(text: text, file: "a.md")
        let warnings = read.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.map(\.message) == ["published (2021-04-14) before it was signed (2021-05-04): check the front matter"], "\(read.diagnostics)")
        #expect(warnings.first?.location?.line == 6)
        #expect(read.act?.metadata.publication == Self.day("2021-04-14"))
        let right = ActReader.read(text: Self.amending(), file: "a.md")
        #expect(right.diagnostics.isEmpty, "\(right.diagnostics)")
    }

    // MARK: M2, M3

    /// Two acts fix the same day for one change: the first dated it (history named the later one).
    @Test func theFirstOfTwoActsFixingOneDay() throws {
        let first = Self.fixing("**Article 1er.** L'article 1er de \(Self.cited) entre en vigueur le 1er janvier 2022.")
        let second = Self.fixing("**Article 1er.** L'article 1er de \(Self.cited) entre en vigueur le 1er janvier 2022.", numac: "2022100020", date: "2022-05-20", published: "2022-06-01")
        let consolidated = try Self.workspace([("a.md", Self.amending()), ("f.md", first), ("g.md", second)]).consolidated(act: "2020100001").get()
        let text = HistoryRenderer.text(try consolidated.history(article: "2").get(), base: consolidated.base)
        #expect(text.contains("date fixed by the act of 10 février 2022 (2022-02-10/09), art. 1"), "\(text)")
        #expect(!text.contains("20 mai 2022"), "\(text)")
    }

    // MARK: M3

    /// A base article whose date a later act fixed: its history names that act.
    @Test func theHistoryOfABaseArticleDatedByAnotherAct() throws {
        let consolidated = try Workspace(texts: [("base.md", Self.base(Self.pendingNine)), ("f.md", Self.fixingNine)]).consolidated(act: "2020100001").get()
        let text = HistoryRenderer.text(try consolidated.history(article: "9").get(), base: consolidated.base)
        #expect(text.hasPrefix("2021-01-01 – …  base act, published 2020-03-20, date fixed by the act of 10 novembre 2020 (2020-11-10/09), art. 1\n"), "\(text)")
    }

    // MARK: F2

    /// An amendment of an amending act's words, in force after the day asked for, says
    /// nothing of the text on that day: one warning, not an error.
    @Test func anAmendmentOfAnAmendingActAfterTheDayAsked() throws {
        let b = Self.act("""
        **Article 1er.** Dans l'article 1er de \(Self.cited), les mots « les règles » sont remplacés par les mots « les normes ».

        **Art. 2.** Le présent arrêté entre en vigueur le 1er août 2021.
        """, numac: "2021100005", date: "2021-07-04", published: "2021-07-14",
            title: "Arrêté royal modifiant \(Self.cited)", modifies: "2021100002")
        let consolidated = try Self.workspace([("a.md", Self.amending("Le présent arrêté entre en vigueur le 1er juin 2021.")), ("b.md", b)]).consolidated(act: "2020100001").get()
        #expect(!consolidated.failed(article: "2", at: [Self.day("2021-07-01")]))
        let said = consolidated.report(keepGoing: false, article: "2", at: [Self.day("2021-07-01")]).map(\.message)
        #expect(said.contains { $0.hasPrefix("1 error(s) in instructions that apply only after 2021-07-01") }, "\(said)")
        #expect(consolidated.failed(article: "2", at: [Self.day("2021-08-01")]))
    }
}
