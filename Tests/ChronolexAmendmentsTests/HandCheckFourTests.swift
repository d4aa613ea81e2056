import ChronolexAmendments
import ChronolexModel
import Testing

/// The fourth hand check of issue 13 (docs/real-legislation.md): each field it found wrong,
/// on invented text in the real acts' words, then on the real act where `../shared` is.
@Suite("Hand check 4: history of lead-ins, listed points, cited acts")
struct HandCheckFourTests {
    /// Records 96, 107, 151, 261, 283, 305, 338, 437: « A l'article 26, modifié par …, les
    /// modifications suivantes sont apportées : 1° … » — the lead-in's history clause is the
    /// article's, and every edit in the article carries it (it was given to none).
    @Test func aLeadInsHistoryIsItsSubInstructions() throws {
        let result = edits("""
        A l'article 26 du même arrêté, modifié par l'arrêté du Gouvernement du 21 février 2017, les modifications suivantes sont apportées :

        1° le § 8 est abrogé;

        2° dans le § 9, le 4°, inséré par l'arrêté du Gouvernement du 3 mai 2018, est abrogé.
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.history) == [["modifié par l'arrêté du Gouvernement du 21 février 2017"],
                                                 ["modifié par l'arrêté du Gouvernement du 21 février 2017", "inséré par l'arrêté du Gouvernement du 3 mai 2018"]])
    }

    /// A lead-in inside a lead-in (« Dans l'annexe …, modifiée par …, sont apportées les
    /// modifications suivantes : » then « Dans le point 3 … : » with its points): both clauses.
    @Test func nestedLeadInsGiveBothHistories() throws {
        let (result, _) = readAmending("""
        **Article 1er.** Dans l'annexe du même arrêté, modifiée par l'arrêté du Gouvernement du 3 mai 2018, sont apportées les modifications suivantes :

        Dans le point 3, remplacé par l'arrêté du Gouvernement du 5 juin 2019, sont apportées les modifications suivantes :

        1° le mot « dix » est remplacé par le mot « onze » ;

        2° le mot « vingt » est remplacé par le mot « trente ».
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.count == 2)
        for edit in result.edits {
            #expect(edit.history == ["modifiée par l'arrêté du Gouvernement du 3 mai 2018", "remplacé par l'arrêté du Gouvernement du 5 juin 2019"])
        }
    }

    /// Beside record 216 (2021030266, art. 1, 1°): « les 10°, 11° et 12° sont abrogés » was the
    /// 11° inside the 10° (and the 12° beside it). Points that follow each other are now their
    /// range, as « les 6° et 7° » is (2022040073, art. 17, 2°: « les 6°, 7° et 8° sont
    /// remplacés par ce qui suit »); others each their own edit. A comma before a label of
    /// another kind stays a path (« le 4°, d) »).
    @Test func threePointsListed() throws {
        let result = edits("Dans l'article 1er du même arrêté, les 10°,  11°  et 12°  sont abrogés.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map { $0.target.description } == ["art. 1, 10°"])
        #expect(result.edits.first?.target.through == .point(PointLabel(kind: .degree, value: "12")))
        #expect(result.edits.allSatisfy { $0.kind == .repeal })
        let letters = edits("Dans l'article 1er du même arrêté, les a), c) ou e) sont abrogés.")
        #expect(letters.edits.map { $0.target.description } == ["art. 1, a)", "art. 1, c)", "art. 1, e)"])
        let path = edits("Dans l'article 1er du même arrêté, le 4°, d), est abrogé.")
        #expect(path.edits.map { $0.target.description } == ["art. 1, 4°, d)"])
    }

    /// Record 140 (2020200412, art. 1): « remplacé complètement par l'arrêté royal du 16 mars
    /// 2007 et modifié par … » is a history clause; it was read as the end of the cited title.
    @Test func replacedCompletelyIsAHistoryClause() throws {
        let result = edits("L'article 12, § 1er, de l'arrêté royal du 21 novembre 1960 portant les statuts du Fonds de compensation interne pour le secteur du diamant, remplacé complètement par l'arrêté royal du 16 mars 2007 et modifié par l'arrêté royal du 20 décembre 2007, est abrogé.",
                           title: "Arrêté royal modifiant l'arrêté royal du 21 novembre 1960 portant les statuts du Fonds de compensation interne pour le secteur du diamant")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.targetAct?.title == "portant les statuts du Fonds de compensation interne pour le secteur du diamant")
        #expect(edit.history == ["remplacé complètement par l'arrêté royal du 16 mars 2007 et modifié par l'arrêté royal du 20 décembre 2007"])
    }

    /// Record 316 (2023030123, art. 2): « Décret sur l'Energie du 8 mai 2009 » — a short name,
    /// then the date (the date was null, and « du 8 mai 2009 » in the title). A date after
    /// another act's noun is that act's, not the one cited.
    @Test func aShortNameBeforeTheDate() throws {
        let result = edits("L'article 8.2.2 du Décret sur l'Energie du 8 mai 2009 est abrogé.", title: "Décret modifiant le Décret sur l'Energie du 8 mai 2009")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let act = try #require(result.edits.first?.targetAct)
        #expect(act.kind == .decret)
        #expect(act.date == LegalDate(year: 2009, month: 5, day: 8))
        #expect(act.title == "sur l'Energie")
        let special = edits("Dans l'article 6 de la loi spéciale de réformes institutionnelles du 8 août 1980, le mot « dix » est remplacé par le mot « onze ».",
                            title: "Loi spéciale modifiant la loi spéciale de réformes institutionnelles du 8 août 1980")
        #expect(special.edits.first?.targetAct?.date == LegalDate(year: 1980, month: 8, day: 8))
        let other = edits("L'article 2 de l'arrêté royal portant exécution de la loi du 5 mai 2019 est abrogé.",
                          title: "Arrêté royal modifiant l'arrêté royal portant exécution de la loi du 5 mai 2019")
        #expect(other.edits.first?.targetAct?.date == nil)
    }

    /// Record 8 (2019030053, art. 2, 3°, b)): « l'alinéa 1er est complété par deux nouveaux
    /// alinéas » puts them right after the alinéa 1er (Justel's consolidation), not at the end
    /// of its paragraph; « l'alinéa est complété par un 11° » stays inside the alinéa.
    @Test func alineasCompletingAnAlinea() throws {
        let result = edits("Dans l'article 4, § 4, du même arrêté, l'alinéa 1er est complété par deux nouveaux alinéas rédigés comme suit : « Un. Deux. ».")
        let edit = try #require(result.edits.first)
        #expect(edit.target.description == "art. 4, § 4")
        guard case .insertUnits(let unit, _, let position)? = edit.change else { Issue.record("not an insertion: \(edit)"); return }
        #expect(unit.kind == .alinea && unit.count == 2)
        #expect(position == .after(UnitReference([.article("4"), .paragraph("4"), .alinea(1)])))
        let point = edits("Dans l'article 4 du même arrêté, l'alinéa 1er est complété par un 11° rédigé comme suit : « 11° le onzième. ».")
        guard case .insertUnits(_, _, let end)? = point.edits.first?.change else { Issue.record("not an insertion"); return }
        #expect(end == .end)
        #expect(point.edits.first?.target.description == "art. 4, al. 1")
    }

    /// Record 217 (2021030266, art. 1, 2°): « … comme suit : " 15° " un masque … " : un masque
    /// … ". » — straight quotes nested on one line. Paired in order they left « 15° » alone as
    /// the new text; the label begins the new text, the inner pair quotes its defined term.
    /// Quotes that pair in order where the first quotation is not a bare label stay so.
    @Test func straightQuotesNestedAfterAnAnnouncement() throws {
        let result = edits("Dans l'article 1er du même arrêté, il est ajouté un 15°, rédigé comme suit : \" 15° \" masque \" : un masque en tissu. \".")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.first?.newText == ["15° « masque » : un masque en tissu."])
        let inOrder = edits("Dans l'article 1er du même arrêté, le 3° est remplacé par ce qui suit : \" 3° le ministre \" et les mots \" dix \" sont supprimés.")
        #expect(inOrder.edits.first?.newText == ["3° le ministre"])
    }

    /// The real acts the check drew from, where `../shared` is.
    @Test func theRealActs() throws {
        let root = sharedRoot + "/corpus/amending-sample/"
        try #require(fileExists(root + "2020200575.md"), "../shared is absent (a newcomer's clone): the real acts cannot be read")
        let (leadIns, _) = readFile(root + "2020200575.md")
        // Art. 7, 1°: « A l'article 26 du même arrêté, modifié par l'arrêté du Gouvernement du 21 février 2017, … ».
        let record151 = try #require(leadIns.edits.first { $0.source.address == "art. 7, 1°" })
        #expect(record151.history == ["modifié par l'arrêté du Gouvernement du 21 février 2017"])
        let (diamond, _) = readFile(root + "2020200412.md")
        #expect(diamond.edits.first?.targetAct?.title == "portant les statuts du Fonds de compensation interne pour le secteur du diamant")
        #expect(diamond.edits.first?.history.first?.hasPrefix("remplacé complètement par l'arrêté royal du 16 mars 2007") == true)
        let (energy, _) = readFile(root + "2023030123.md")
        #expect(energy.edits.contains { $0.targetAct?.date == LegalDate(year: 2009, month: 5, day: 8) })
        let (masks, _) = readFile(root + "2021030266.md")
        let listed = masks.edits.filter { $0.source.address == "art. 1, 1°" }.map { $0.target.description + " à " + ($0.target.through.map { $0.description } ?? "") }
        #expect(listed == ["art. 1, 10° à 12°"])
        let record217 = try #require(masks.edits.first { $0.source.address == "art. 1, 2°" })
        #expect(record217.error == nil)
        #expect(record217.newText.first?.hasPrefix("15°  «  un masque ou toute autre alternative en tissu » : un masque sans ventilation") == true)
        let (mutualities, _) = readFile(root + "2022040073.md")
        let replaced = try #require(mutualities.edits.first { $0.source.address == "art. 17, 2°" })
        #expect(replaced.error == nil)
        #expect(replaced.target.description == "art. 60bis, al. 5, 6°" && replaced.target.through.map { $0.description } == "8°")
    }
}
