import ChronolexAmendments
import ChronolexModel
import Testing

/// Look 23 (2026-12-03, a review of the grammar): entry-into-force formulas left unread
/// where the date is certain (F15), the Dutch « wordt het tweede lid hersteld » refused
/// (F11), and « le montant de « A » est porté à « B » », « l'alinéa 3 est rapporté » taken
/// for provisions of the act, the text left unchanged with exit 0 (F19).
@Suite("Look 23: entry-into-force formulas, « hersteld », « porté à », « rapporté »")
struct Look23FormsTests {
    static let frenchTitle = "Arrêté royal modifiant l'arrêté royal du 1er mars 2010 relatif aux essais"
    static let dutchTitle = "Koninklijk besluit tot wijziging van het koninklijk besluit van 1 maart 2010 betreffende de proeven"

    /// Two instructions (art. 1 and 2), then the clause as art. 3; each edit's date by its
    /// source, « retro » when retroactive.
    func dates(_ clause: String, dutch: Bool = false, publication: String = "2015-01-25") -> (EditsResult, [String: String]) {
        let body = dutch ? """
            **Artikel 1.** In artikel 2 van het koninklijk besluit van 1 maart 2010 betreffende de proeven wordt het woord "dertig" vervangen door het woord "veertig".

            **Art. 2.** In artikel 3, § 2, van hetzelfde besluit wordt het woord "gemotiveerd" vervangen door het woord "betekend".

            **Art. 3.** \(clause)
            """ : """
            **Article 1er.** Dans l'article 2 de l'arrêté royal du 1er mars 2010 relatif aux essais, le mot " trente " est remplacé par le mot " quarante ".

            **Art. 2.** Dans l'article 5, alinéa 1er, du même arrêté, le mot " cent " est remplacé par le mot " deux cents ".

            **Art. 3.** \(clause)
            """
        let (result, _) = readAmending(body, title: dutch ? Self.dutchTitle : Self.frenchTitle, publication: publication, titleKey: dutch ? "title-nl" : "title-fr")
        var map: [String: String] = [:]
        for edit in result.edits {
            switch edit.effective {
            case .date(let d)?: map[edit.source.address] = d.iso + (edit.retroactive ? " retro" : "")
            case .pending(let reason)?: map[edit.source.address] = "pending: " + reason
            case nil: map[edit.source.address] = "none"
            }
        }
        return (result, map)
    }

    // MARK: F15, entry into force

    /// Published 2015-01-25: the first day of the month so many after the month of
    /// publication (the year turned when it must).
    @Test("« le premier jour du deuxième (troisième) mois qui suit celui de sa publication »", arguments: [
        ("Le présent arrêté entre en vigueur le premier jour du deuxième mois qui suit celui de sa publication au Moniteur belge.", "2015-01-25", "2015-03-01"),
        ("Le présent arrêté entre en vigueur le premier jour du troisième mois qui suit celui de sa publication au Moniteur belge.", "2015-01-25", "2015-04-01"),
        ("Le présent arrêté entre en vigueur le premier jour du deuxième mois qui suit celui de sa publication au Moniteur belge.", "2015-11-25", "2016-01-01"),
        ("Le présent arrêté entre en vigueur le premier jour du troisième mois qui suit sa publication au Moniteur belge.", "2015-12-10", "2016-03-01"),
        ("Le présent arrêté entre en vigueur le premier jour du mois qui suit celui de sa publication au Moniteur belge.", "2015-12-10", "2016-01-01"),
    ])
    func monthsAfterPublication(_ clause: String, _ publication: String, _ date: String) {
        let (result, map) = dates(clause, publication: publication)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(map == ["art. 1": date, "art. 2": date])
    }

    /// The Dutch clause without « op », the place of publication before « is bekendgemaakt »;
    /// « tien dagen na de bekendmaking » counted as « le dixième jour qui suit » (field
    /// guide, section 5: published 2024-01-10, in force 2024-01-20).
    @Test("Dutch: « de eerste dag van de maand na die waarin het in het Belgisch Staatsblad is bekendgemaakt », « tien dagen na de bekendmaking »", arguments: [
        ("Dit besluit treedt in werking de eerste dag van de maand na die waarin het in het Belgisch Staatsblad is bekendgemaakt.", "2015-02-01"),
        ("Dit besluit treedt in werking op de eerste dag van de maand volgend op die waarin het in het Belgisch Staatsblad is bekendgemaakt.", "2015-02-01"),
        ("Dit besluit treedt in werking tien dagen na de bekendmaking ervan in het Belgisch Staatsblad.", "2015-02-04"),
        ("Dit besluit treedt in werking op de tiende dag na de bekendmaking ervan in het Belgisch Staatsblad.", "2015-02-04"),
    ])
    func dutchFormulas(_ clause: String, _ date: String) {
        let (result, map) = dates(clause, dutch: true)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(map == ["art. 1": date, "art. 2": date])
    }

    @Test("« tien dagen na » is the day « le dixième jour qui suit » gives")
    func tenDaysAsTheTenthDay() {
        let (_, french) = dates("Le présent arrêté entre en vigueur le dixième jour qui suit sa publication au Moniteur belge.", publication: "2024-01-10")
        let (_, dutch) = dates("Dit besluit treedt in werking tien dagen na de bekendmaking ervan in het Belgisch Staatsblad.", dutch: true, publication: "2024-01-10")
        #expect(french == ["art. 1": "2024-01-20", "art. 2": "2024-01-20"])
        #expect(dutch == french)
    }

    /// Retroactive exceptions: art. 2 looks back, art. 1 takes the general date.
    @Test("retroactive exceptions: « dont les effets remontent au », « dat uitwerking heeft met ingang van / vanaf / op », « dat terugwerkt tot »", arguments: [
        ("Le présent arrêté entre en vigueur le dixième jour qui suit sa publication au Moniteur belge, à l'exception de l'article 2, dont les effets remontent au 1er janvier 2014.", false),
        ("Dit besluit treedt in werking op de tiende dag na de bekendmaking ervan in het Belgisch Staatsblad, met uitzondering van artikel 2, dat uitwerking heeft met ingang van 1 januari 2014.", true),
        ("Dit besluit treedt in werking op de tiende dag na de bekendmaking ervan in het Belgisch Staatsblad, met uitzondering van artikel 2, dat uitwerking heeft vanaf 1 januari 2014.", true),
        ("Dit besluit treedt in werking op de tiende dag na de bekendmaking ervan in het Belgisch Staatsblad, met uitzondering van artikel 2, dat uitwerking heeft op 1 januari 2014.", true),
        ("Dit besluit treedt in werking op de tiende dag na de bekendmaking ervan in het Belgisch Staatsblad, met uitzondering van artikel 2, dat terugwerkt tot 1 januari 2014.", true),
    ])
    func retroactiveExceptions(_ clause: String, _ dutch: Bool) {
        let (result, map) = dates(clause, dutch: dutch)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(map == ["art. 1": "2015-02-04", "art. 2": "2014-01-01 retro"])
    }

    /// Dutch relative clauses with their verb last (the stop-30 note): « dat op … in werking
    /// treedt », « dat met ingang van … uitwerking heeft », « dat tot … terugwerkt », and
    /// « behalve » for « met uitzondering van » — each was « cannot tell what it applies to ».
    @Test("Dutch exceptions with the verb last", arguments: [
        ("met uitzondering van artikel 2, dat met ingang van 1 januari 2014 uitwerking heeft.", "2014-01-01 retro"),
        ("met uitzondering van artikel 2, dat vanaf 1 januari 2014 uitwerking heeft.", "2014-01-01 retro"),
        ("met uitzondering van artikel 2, dat tot 1 januari 2014 terugwerkt.", "2014-01-01 retro"),
        ("met uitzondering van artikel 2, dat op 1 januari 2014 in werking treedt.", "2014-01-01 retro"),
        ("met uitzondering van artikel 2, dat op 1 maart 2015 in werking treedt.", "2015-03-01"),
        ("behalve artikel 2, dat op 1 maart 2015 in werking treedt.", "2015-03-01"),
    ])
    func dutchVerbLast(_ exception: String, _ date: String) {
        let (result, map) = dates("Dit besluit treedt in werking op de tiende dag na de bekendmaking ervan in het Belgisch Staatsblad, " + exception, dutch: true)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(map == ["art. 1": "2015-02-04", "art. 2": date])
    }

    /// A relative clause whose words between « dat » and the verb are not a date: an error, never
    /// the general date.
    @Test func dutchVerbLastNotADate() {
        let (result, _) = dates("Dit besluit treedt in werking op de tiende dag na de bekendmaking ervan in het Belgisch Staatsblad, met uitzondering van artikel 2, dat na goedkeuring door de Kamer in werking treedt.", dutch: true)
        #expect(result.hasErrors, "\(result.diagnostics.map(\.message))")
    }

    /// A Dutch clause whose verb ends it, without a full stop (« … van artikel 2 treedt »,
    /// « Artikel 3 heeft »): the reader of inverted clauses read past the last word and
    /// crashed (found by the perf31 branch's generated clauses). An error, never a crash.
    @Test("Dutch clauses ending on their verb", arguments: [
        "Met uitzondering van artikel 2 treedt",
        "Dit besluit treedt in werking op 1 maart 2015, artikel 2 treedt",
        "In afwijking van het eerste lid heeft",
        "In afwijking van het eerste lid heeft artikel 2",
    ])
    func dutchVerbEndingTheClause(_ clause: String) {
        let (result, _) = dates(clause, dutch: true)
        #expect(result.edits.count == 2)
    }

    // MARK: F11, « wordt het tweede lid hersteld »

    @Test("Dutch: « In artikel 3, § 1, … wordt het tweede lid (, opgeheven bij …,) hersteld als volgt / in de volgende lezing: »", arguments: [
        "wordt het tweede lid hersteld als volgt:",
        "wordt het tweede lid hersteld in de volgende lezing:",
        "wordt het tweede lid, opgeheven bij het koninklijk besluit van 10 januari 2015, hersteld als volgt:",
        "wordt het tweede lid, opgeheven bij het koninklijk besluit van 10 januari 2015, hersteld in de volgende lezing:",
    ])
    func dutchReestablishedVerbFirst(_ verb: String) throws {
        let body = "**Artikel 1.** In artikel 3, § 1, van het koninklijk besluit van 1 maart 2010 betreffende de proeven \(verb)\n\n\"De minister beslist binnen negentig dagen.\""
        let (result, _) = readAmending(body, title: Self.dutchTitle, titleKey: "title-nl")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(result.edits.count == 1)
        let edit = try #require(result.edits.first)
        #expect(edit.reestablishes)
        #expect(edit.targetAddress == "art. 3, § 1, al. 2")
        #expect(edit.newText == ["De minister beslist binnen negentig dagen."])
    }

    /// « opgeheven bij … » after the unit is its history: never read as its repeal.
    @Test("Dutch: « wordt het tweede lid, opgeheven bij …, » is no repeal")
    func historyIsNoRepeal() {
        let body = "**Artikel 1.** In artikel 3, § 1, van het koninklijk besluit van 1 maart 2010 betreffende de proeven wordt het tweede lid, opgeheven bij het koninklijk besluit van 10 januari 2015, heropgenomen."
        let (result, _) = readAmending(body, title: Self.dutchTitle, titleKey: "title-nl")
        #expect(!result.edits.contains { $0.kind == .repeal }, "\(result.edits.map(EditRenderer.line))")
    }

    // MARK: F19, « porté à », « rapporté »

    @Test("« le montant de « A » est porté à « B » »: the words replaced, as « est remplacé par »", arguments: [
        "le montant de « cent euros » est porté à « deux cents euros ».",
        "le montant de « cent euros » est remplacé par « deux cents euros ».",
        "le montant de « cent euros » est porté au montant de « deux cents euros ».",
    ])
    func amountRaised(_ clause: String) throws {
        let result = edits("A l'article 5, alinéa 1er, de l'arrêté royal du 1er mars 2010 relatif aux essais, " + clause, title: Self.frenchTitle)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        #expect(result.edits.count == 1)
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .replace && edit.targetAddress == "art. 5, al. 1")
        #expect(edit.words == "cent euros" && edit.newWords == "deux cents euros")
    }

    @Test("« les mots « A » sont portés à « B » »: no amount, an error, never a provision")
    func wordsRaisedIsAnError() {
        let result = edits("A l'article 5, alinéa 1er, de l'arrêté royal du 1er mars 2010 relatif aux essais, les mots « de cent euros » sont portés à « deux cents euros ».", title: Self.frenchTitle)
        #expect(result.hasErrors)
        #expect(!result.diagnostics.contains { $0.message.contains("provision") })
    }

    /// « rapporter » says a repeal or a withdrawal: an error that says so, not a provision.
    @Test("« l'alinéa 3 est rapporté »: an error that says why, never a provision")
    func reportedIsAnError() {
        let result = edits("A l'article 5 de l'arrêté royal du 1er mars 2010 relatif aux essais, l'alinéa 3 est rapporté.", title: Self.frenchTitle)
        #expect(result.hasErrors)
        #expect(result.diagnostics.contains { $0.message.contains("rapporté") && $0.message.contains("retiré") }, "\(result.diagnostics.map(\.message))")
        #expect(!result.diagnostics.contains { $0.message.contains("provision") })
    }

    /// Provisions of the act stay provisions: « porté à » without quoted words, « rapportés à ».
    @Test("provisions with « porté à », « rapportés à » stay provisions", arguments: [
        "Le délai visé à l'article 5 est porté à trente jours pour les demandes introduites avant le 1er janvier 2016.",
        "Les montants visés à l'article 5 sont rapportés à l'indice des prix du mois de janvier 2015.",
    ])
    func provisionsStay(_ text: String) {
        let result = edits(text, title: Self.frenchTitle)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(result.diagnostics.contains { $0.message.contains("provision") })
    }
}
