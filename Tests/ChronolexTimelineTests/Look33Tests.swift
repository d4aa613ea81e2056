import ChronolexModel
import ChronolexTimeline
import ChronolexWorkspace
import Testing

/// Look 33: which act an instruction aims at, when the acts given hold two acts of one day
/// whose titles begin alike (« … relatif aux jardins partagés » and « … relatif aux jardins
/// partagés urbains »), or when `modifies:` and the citation name two different acts given.
/// Each was applied to an act it did not name, without a word.
@Suite("Look 33: which act is aimed at")
struct Look33Tests {
    /// An arrêté royal of 1 March 2010 « relatif aux \(subject) », numac `numac`.
    static func base(_ subject: String, numac: String) -> String {
        """
        ---
        title-fr: "Arrêté royal relatif aux \(subject)"
        date: 2010-03-01
        number: \(numac)
        publication: 2010-03-15
        starts: 2010-04-01
        ---

        **Article 1er.** Le ministre est le ministre de l'Agriculture.

        **Art. 2.** La subvention est versée en une fois.
        """
    }

    static let gardens = base("jardins partagés", numac: "2010009001")
    static let urbanGardens = base("jardins partagés urbains", numac: "2010009003")
    static let orchards = base("vergers partagés", numac: "2010009002")

    /// An amending act of 2012 whose article 1 amends art. 2 of the act cited as `cited`.
    static func amending(title: String, modifies: String = "", cited: String) -> String {
        """
        ---
        title-fr: "\(title)"
        date: 2012-04-01
        number: 2012009002
        publication: 2012-04-10
        modifies: \(modifies)
        ---

        **Article 1er.** Dans l'article 2 de \(cited), les mots « en une fois » sont remplacés par les mots « en deux fois ».

        **Art. 2.** Le présent arrêté entre en vigueur le 1er mai 2012.
        """
    }

    static let exactTitle = amending(title: "Arrêté royal modifiant l'arrêté royal du 1er mars 2010 relatif aux jardins partagés",
                                     cited: "l'arrêté royal du 1er mars 2010 relatif aux jardins partagés")
    static let dateAlone = amending(title: "Arrêté royal modifiant l'arrêté royal du 1er mars 2010", cited: "l'arrêté royal du 1er mars 2010")

    static let day = LegalDate("2013-01-01")!

    /// Art. 2 of `numac` on 2013-01-01, and the errors of the consolidation.
    static func article2(_ workspace: Workspace, _ numac: String) throws -> (text: String, errors: [String]) {
        let consolidated = try workspace.consolidated(act: numac).get()
        let text = try consolidated.article("2", at: day).map { TextRenderer.render($0.article) }.get()
        let errors = consolidated.report(keepGoing: false, article: "2", at: [day]).filter { $0.severity == .error }.map { "\($0.unit ?? ""): \($0.message)" }
        return (text, errors)
    }

    /// p52: the act whose title is the title cited, to its end, is the act amended; the act
    /// whose title only begins with those words is not.
    @Test func anExactTitleWinsOverATitleThatBeginsWithIt() throws {
        let workspace = Workspace(texts: [("base.md", Self.gardens), ("base3.md", Self.urbanGardens), ("b.md", Self.exactTitle)])
        let named = try Self.article2(workspace, "2010009001")
        #expect(named.text == "Art. 2. La subvention est versée en deux fois.\n")
        #expect(named.errors.isEmpty, "\(named.errors)")
        let other = try Self.article2(workspace, "2010009003")
        #expect(other.text == "Art. 2. La subvention est versée en une fois.\n")
        #expect(other.errors.isEmpty, "\(other.errors)")
        // `explain` says the same: applied to one, aimed at another act for the other.
        let explained = try workspace.explanation(act: "2010009003").get()
        #expect(explained.outcomes.map(\.status) == [.otherAct], "\(explained.outcomes.map(\.summary))")
    }

    /// p52, c.md: an act cited by its date alone that two acts given bear is an error in
    /// both, naming both; applied to neither.
    @Test func aCitationByDateAloneOfTwoActsGivenIsAnError() throws {
        let workspace = Workspace(texts: [("base.md", Self.gardens), ("base3.md", Self.urbanGardens), ("c.md", Self.dateAlone)])
        for numac in ["2010009001", "2010009003"] {
            let consolidated = try workspace.consolidated(act: numac).get()
            #expect(consolidated.failed(article: "2", at: [Self.day]), "\(numac)")
            let errors = consolidated.diagnostics.filter { $0.severity == .error }.map { "\($0.unit ?? ""): \($0.message)" }
            #expect(errors == ["Art. 1: this instruction cites the arrêté royal du 1er mars 2010, which may be 2010009001 (base.md) or 2010009003 (base3.md): which act is amended is not certain; not applied to \(numac)"], "\(errors)")
            #expect(try consolidated.article("2", at: Self.day).map { TextRenderer.render($0.article) }.get() == "Art. 2. La subvention est versée en une fois.\n")
        }
        // `modifies:` naming one of them settles it: applied to that one only.
        let settled = Workspace(texts: [("base.md", Self.gardens), ("base3.md", Self.urbanGardens),
                                        ("c.md", Self.dateAlone.replacingOccurrences(of: "modifies: ", with: "modifies: 2010009003"))])
        let urban = try Self.article2(settled, "2010009003")
        #expect(urban.text == "Art. 2. La subvention est versée en deux fois.\n" && urban.errors.isEmpty, "\(urban)")
        let gardens = try Self.article2(settled, "2010009001")
        #expect(gardens.text == "Art. 2. La subvention est versée en une fois.\n" && gardens.errors.isEmpty, "\(gardens)")
    }

    /// p52, `consolidate base3.md b.md`: the act cited is absent, the act given has a title that
    /// only begins with the title cited. Applied, as a cited title may be cut short, but said.
    @Test func aTitleThatOnlyBeginsWithTheTitleCitedIsSaid() throws {
        let workspace = Workspace(texts: [("base3.md", Self.urbanGardens), ("b.md", Self.exactTitle)])
        let consolidated = try workspace.consolidated(act: "2010009003").get()
        let warnings = consolidated.report(keepGoing: false, article: "2", at: [Self.day]).filter { $0.severity == .warning }.map(\.message)
        #expect(warnings.contains { $0.contains("the title cited, « relatif aux jardins partagés », is only part of this act's title") }, "\(warnings)")
        // The act cited to its end: nothing to say.
        let exact = try Workspace(texts: [("base.md", Self.gardens), ("b.md", Self.exactTitle)]).consolidated(act: "2010009001").get()
        #expect(!exact.report(keepGoing: false).contains { $0.severity == .warning }, "\(exact.diagnostics)")
    }

    /// p31: `modifies:` names one act given, the instruction cites another act given by its
    /// date, kind and whole title. Which act is amended is not certain: the same error for both.
    @Test func modifiesAndTheCitationNameTwoActsGiven() throws {
        let e = Self.amending(title: "Arrêté royal modifiant l'arrêté royal du 1er mars 2010 relatif aux vergers partagés", modifies: "2010009001",
                              cited: "l'arrêté royal du 1er mars 2010 relatif aux vergers partagés")
        let workspace = Workspace(texts: [("base.md", Self.gardens), ("base2.md", Self.orchards), ("e.md", e)])
        for numac in ["2010009001", "2010009002"] {
            let consolidated = try workspace.consolidated(act: numac).get()
            #expect(consolidated.failed(article: "2", at: [Self.day]), "\(numac)")
            let errors = consolidated.diagnostics.filter { $0.severity == .error }.map(\.message)
            #expect(errors == ["this act's front matter says it modifies 2010009001, but this instruction cites the arrêté royal du 1er mars 2010 relatif aux vergers partagés, which is 2010009002: which act is amended is not certain; not applied to \(numac)"], "\(numac): \(errors)")
        }
        let gardens = try workspace.consolidated(act: "2010009001").get()
        #expect(try gardens.article("2", at: Self.day).map { TextRenderer.render($0.article) }.get() == "Art. 2. La subvention est versée en une fois.\n")
    }

    /// p66: « du même arrêté royal » after an arrêté ministériel was cited is the arrêté royal
    /// cited last, not the act cited last of any kind (its change was aimed at the AM).
    @Test(arguments: [
        ("Dans l'article 2 du même arrêté royal,", "fr"),
        ("In artikel 2 van hetzelfde koninklijk besluit", "nl"),
    ])
    func theSameArreteRoyalIsTheRoyalOneCitedLast(_ place: String, _ language: String) throws {
        let body: String
        if language == "fr" {
            body = """
                **Article 1er.** Dans l'article 1er de l'arrêté royal du 1er mars 2010 relatif aux jardins partagés, le mot « Agriculture » est remplacé par le mot « Nature ».

                **Art. 2.** Dans l'article 3 de l'arrêté ministériel du 2 avril 2010 fixant les modalités de reconnaissance des jardins partagés, le mot « dix » est remplacé par le mot « douze ».

                **Art. 3.** \(place) les mots « en une fois » sont remplacés par les mots « en deux fois ».

                **Art. 4.** Le présent arrêté entre en vigueur le 1er mai 2012.
                """
        } else {
            body = """
                **Artikel 1.** In artikel 1 van het koninklijk besluit van 1 maart 2010 betreffende de gedeelde tuinen wordt het woord "Landbouw" vervangen door het woord "Natuur".

                **Art. 2.** In artikel 3 van het ministerieel besluit van 2 april 2010 tot vaststelling van de erkenningsregels voor gedeelde tuinen wordt het woord "tien" vervangen door het woord "twaalf".

                **Art. 3.** \(place) worden de woorden "in één keer" vervangen door de woorden "in twee keer".

                **Art. 4.** Dit besluit treedt in werking op 1 mei 2012.
                """
        }
        let amending = """
            ---
            title-\(language): "\(language == "fr" ? "Arrêté royal modifiant l'arrêté royal du 1er mars 2010 relatif aux jardins partagés" : "Koninklijk besluit tot wijziging van het koninklijk besluit van 1 maart 2010 betreffende de gedeelde tuinen")"
            date: 2012-04-01
            number: 2012009002
            publication: 2012-04-10
            modifies: 2010009001
            ---

            \(body)
            """
        let base = language == "fr" ? Self.gardens : """
            ---
            title-nl: "Koninklijk besluit betreffende de gedeelde tuinen"
            date: 2010-03-01
            number: 2010009001
            publication: 2010-03-15
            starts: 2010-04-01
            ---

            **Artikel 1.** De minister is de minister van Landbouw.

            **Art. 2.** De subsidie wordt in één keer gestort.
            """
        let workspace = Workspace(texts: [("base.md", base), ("a.md", amending)])
        let explained = try workspace.explanation(act: "2010009001").get()
        let outcomes = explained.outcomes.map { "\($0.edit.source.address): \($0.statusName)" }.sorted()
        #expect(outcomes == ["art. 1: applied", "art. 2: other-act", "art. 3: applied"], "\(explained.outcomes.map(\.summary))")
        let text = try Self.article2(workspace, "2010009001").text
        #expect(text.contains(language == "fr" ? "en deux fois" : "in twee keer"), "\(text)")
    }
}
