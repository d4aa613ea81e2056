import ChronolexModel
import ChronolexReaders
import Testing

/// Every numbering form of the field guide's section 3, read, addressed and written back.
@Suite("Numbering forms (field guide, section 3)")
struct NumberingFormsTests {
    static let act = """
    ---
    title-fr: "Arrêté du Gouvernement portant les formes de numérotation"
    date: 2015-03-12
    ---

    ## LIVRE Ier. - Dispositions générales

    ### TITRE Ier. - Définitions

    #### CHAPITRE 1er. - Objet

    ##### Section 2.1 - Premières règles

    ###### Sous-section 1re. - Règle unique

    **Article 1er.** Premier article.

    **Art. 2.** Deuxième article.

    **Art. 2bis.** Inséré en 1990.

    **Art. 2ter.** Inséré en 1991.

    **Art. 2quater.** Inséré en 1992.

    **Art. 2/1.** Inséré en 2010.

    **Art. 2/2.** Inséré en 2011.

    ## LIVRE II. - Formes régionales

    **Art. 155.** Article de base.

    **Art. 155.1.** Style germanophone.

    **Art. 58.2 -** Style germanophone avec tiret.

    **Art. L1122-30.** Code wallon.

    **Art. D.29-1.** Code de l'environnement.

    **Art. R.12.** Partie réglementaire.

    **Art. XI.172.** Code de droit économique.

    **Art. 1.1.1.** Code flamand.

    **Art. 3.** § 1er. Premier paragraphe, premier alinéa.

    Premier paragraphe, deuxième alinéa :

    1° premier point;

    2° deuxième point :

       a) première lettre;

       a/1) lettre insérée;

       b) deuxième lettre :

          i) premier chiffre romain;

          ii) deuxième chiffre romain;

    2/1° point inséré depuis 2008;

    8.1° point germanophone;

    1°bis point à la latine;

    1°/1 point inséré après le 1°, le signe avant la barre;

    Troisième alinéa, après l'énumération.

    § 2. Deuxième paragraphe.

    § 2bis. Paragraphe inséré.

    § 2/1. Paragraphe inséré depuis 2008.

    **Art. 4.** Une liste à tirets :

    - premier tiret;

    - deuxième tiret.

    Les lettres de a) à h) et la suite :

    h) huitième lettre;

    i) neuvième lettre, pas un chiffre romain.
    """

    @Test func readsEveryForm() throws {
        let act = try readAct(Self.act)
        #expect(act.articles.map(\.number) == ["1er", "2", "2bis", "2ter", "2quater", "2/1", "2/2", "155", "155.1", "58.2",
                                              "L1122-30", "D.29-1", "R.12", "XI.172", "1.1.1", "3", "4"])
        #expect(addresses(act) == [
            "Livre I", "Titre I", "Chapitre 1", "Section 2.1", "Sous-section 1",
            "art. 1", "art. 2", "art. 2bis", "art. 2ter", "art. 2quater", "art. 2/1", "art. 2/2",
            "Livre II",
            "art. 155", "art. 155.1", "art. 58.2", "art. L1122-30", "art. D.29-1", "art. R.12", "art. XI.172", "art. 1.1.1",
            "art. 3", "art. 3, § 1", "art. 3, § 1, al. 1", "art. 3, § 1, al. 2",
            "art. 3, § 1, al. 2, 1°", "art. 3, § 1, al. 2, 2°",
            "art. 3, § 1, al. 2, 2°, a)", "art. 3, § 1, al. 2, 2°, a/1)", "art. 3, § 1, al. 2, 2°, b)",
            "art. 3, § 1, al. 2, 2°, b), i)", "art. 3, § 1, al. 2, 2°, b), ii)",
            "art. 3, § 1, al. 2, 2/1°", "art. 3, § 1, al. 2, 8.1°", "art. 3, § 1, al. 2, 1°bis", "art. 3, § 1, al. 2, 1°/1",
            "art. 3, § 1, al. 3", "art. 3, § 2", "art. 3, § 2bis", "art. 3, § 2/1",
            "art. 4", "art. 4, al. 1", "art. 4, al. 1, tiret 1", "art. 4, al. 1, tiret 2",
            "art. 4, al. 2", "art. 4, al. 2, h)", "art. 4, al. 2, i)",
        ])
    }

    @Test func nestsDivisionsByKind() throws {
        let act = try readAct(Self.act)
        guard case .division(let livre) = act.body.first else { Issue.record("no division first"); return }
        #expect(livre.kind == .livre && livre.number == "Ier" && livre.heading == "Dispositions générales")
        guard case .division(let titre) = livre.children.first, case .division(let chapitre) = titre.children.first,
              case .division(let section) = chapitre.children.first, case .division(let sousSection) = section.children.first else {
            Issue.record("divisions are not nested")
            return
        }
        #expect([titre.kind, chapitre.kind, section.kind, sousSection.kind] == [.titre, .chapitre, .section, .sousSection])
        #expect(section.number == "2.1")
        #expect(sousSection.children.count == 7)
        #expect(act.body.count == 2)
    }

    @Test func enumerationBelongsToTheAlineaThatIntroducesIt() throws {
        let act = try readAct(Self.act)
        let article = try #require(act.articles.first { $0.number == "3" })
        let first = article.paragraphs[0]
        #expect(first.number == "1er")
        #expect(first.alineas.count == 3)
        #expect(first.alineas[1].text == "Premier paragraphe, deuxième alinéa :")
        #expect(first.alineas[1].points.map(\.label.description) == ["1°", "2°", "2/1°", "8.1°", "1°bis", "1°/1"])
        #expect(first.alineas[1].points[1].points.map(\.label.description) == ["a)", "a/1)", "b)"])
        #expect(first.alineas[1].points[1].points[2].points.map(\.label.kind) == [.roman, .roman])
        #expect(first.alineas[2].text == "Troisième alinéa, après l'énumération.")
        #expect(article.paragraphs.map(\.number) == ["1er", "2", "2bis", "2/1"])
    }

    @Test func roundTripsThroughMarkdown() throws {
        let act = try readAct(Self.act)
        #expect(dump(try roundTrip(act)) == dump(act))
    }

    /// rw-pouvoirs-subordonnes-2004 (Justel v005): « 1°/2 » converted to the list item
    /// « 1. /2 », and « [2 1°/1 … » inside Justel's marker: both the points they are.
    @Test func pointsNumberedFromAnotherAsJustelPrintsThem() throws {
        let act = try readAct("**Art. 1.** Les matières visées :\n\n1. à l'article 6, 1°;\n\n1°/1 à l'article 6, 4°;\n\n1. /2 à l'article 6, 5°;\n\n2. à l'article 6, 7°.\n")
        #expect(act.articles[0].alineas[0].points.map(\.label.description) == ["1°", "1°/1", "1°/2", "2°"])
        #expect(act.articles[0].alineas[0].points[2].text == "à l'article 6, 5°;")
        // Cited either way, it is one point.
        #expect(PointLabel.parse("1°/2", after: nil)?.description == "1°/2")
        #expect(PointLabel.parse("1°/x", after: nil) == nil)
    }

    @Test func markdownListItemsAreDegreePoints() throws {
        let act = try readAct("**Art. 1.** On entend par :\n\n1. premier;\n\n2. second.\n")
        #expect(act.articles[0].alineas[0].points.map(\.label.description) == ["1°", "2°"])
        #expect(MarkdownRenderer.render(act).contains("\n1° premier;\n"))
    }

    @Test func repealedUnitsStayInPlace() throws {
        let act = try readAct("""
        **Art. 1.** (...)

        **Art. 2.** § 1er. Texte.

        § 2. (...)

        § 3. Texte.

        **Art. 3.** Premier alinéa :

        1° (...)

        2° texte.

        (...)

        Troisième alinéa.

        **Art. 4.** (Abrogé)
        """)
        let articles = act.articles
        #expect(articles[0].status == .repealed && articles[3].status == .repealed)
        #expect(articles[1].paragraphs.map(\.status) == [.inForce, .repealed, .inForce])
        #expect(articles[2].alineas.map(\.status) == [.inForce, .repealed, .inForce])
        #expect(articles[2].alineas[0].points[0].status == .repealed)
        // Numbers are kept: § 3 is still § 3, the third alinéa still the third.
        #expect(addresses(act).contains("art. 2, § 3"))
        #expect(addresses(act).contains("art. 3, al. 3"))
        #expect(dump(try roundTrip(act)) == dump(act))
    }
}

@Suite("Tables in converted texts")
struct TableTests {
    @Test func aTableBelongsToTheAlineaItFollows() throws {
        let act = try readAct("""
        **Art. 1.** Le service dispose au moins du personnel suivant :

        _Table:_

        | Places | Personnel |
        | --- | --- |
        | 1 à 10 | 1 |

        Le ministre peut déroger au tableau.
        """)
        let alineas = act.articles[0].alineas
        #expect(alineas.count == 2)
        #expect(alineas[0].text == "Le service dispose au moins du personnel suivant :\n_Table:_\n| Places | Personnel |\n| --- | --- |\n| 1 à 10 | 1 |")
        #expect(alineas[1].text == "Le ministre peut déroger au tableau.")
        #expect(dump(try roundTrip(act)) == dump(act))
    }
}

extension NumberingFormsTests {
    /// Hand check 7, record 31 (2019030053, art. 27): items « 1) … » under a « 6° … : » that
    /// announces them are its own; the next « 7° » closes them.
    @Test func numberedItemsUnderAPointThatAnnouncesThem() throws {
        let act = try readAct("""
        **Art. 51.** Les fonctions sont :

        6° professeur, pour chacune des spécialités suivantes :

        1) accordéon ;

        2) alto ;

        7° professeur de jazz ;

        8° professeur de chant.
        """)
        let points = try #require(act.articles.first?.alineas.first?.points)
        #expect(points.map(\.label.description) == ["6°", "7°", "8°"])
        #expect(points[0].points.map(\.label.description) == ["1)", "2)"])
        // Without the announcing colon, « 1) » after a « 6° » stays beside it, as before.
        let flat = try readAct("**Art. 1.** Sont visés :\n\n6° les uns;\n\n1) les autres.")
        #expect(flat.articles.first?.alineas.first?.points.map(\.label.description) == ["6°", "1)"])
    }
}
