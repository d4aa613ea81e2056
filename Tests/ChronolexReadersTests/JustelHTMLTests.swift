import ChronolexModel
import ChronolexReaders
import Foundation
import Testing

/// Justel's HTML pages (issue 8, second part), read through libxml2.
@Suite("Justel HTML pages")
struct JustelHTMLTests {
    static let corpus = Paths.shared.appendingPathComponent("corpus")
    static func shared(_ path: String) -> String { corpus.appendingPathComponent(path).path }

    /// A page in Justel's pre-2024 layout: anchors name the parts, each a table whose first
    /// row is the part's heading.
    static func oldLayout(title: String = "17 MAI 2007. - Arrêté royal relatif aux essais.", text: String, preamble: String = "&nbsp;&nbsp;&nbsp;ALBERT II, Roi des Belges,<br>&nbsp;&nbsp;&nbsp;Vu la loi;") -> String {
        """
        <HTML VERSION=".//IETF//DTD HTML 3.0//EN">
        <HEAD><TITLE>LOI - WET</TITLE><script language="javascript">
        function NxtHit () { window.status="<B>Art. 99. Mot</B>"; }
        </script></HEAD>
        <BODY>
        <TABLE border=1><tr><td colspan=5>http://www.ejustice.just.fgov.be/eli/arrete/2007/05/17/2007022782/justel</TABLE>
        <A name="titre"> </A>
        <table width=100%  border=1><tr><th><font size=5> Titre </font></th></tr>
        <tr><th align = left width=100%></b><b>\(title) </b><br>(NOTE : Consultation des versions antérieures à partir du 11-06-2007 et mise à jour au <font color=red>29-05-2018</font>)<br>
        <br>
        <font color=Red> <b> Source :  </b></b> </font> SECURITE SOCIALE <br>
        <font color=Red> <b> Publication :  </b> </font>11-06-2007 <font color=red>num&eacute;ro : </font>&nbsp; 2007022782<font color=red> page :  </font> 31498 &nbsp;<font color=Red> <b> PDF :  </b> </font><a href="/mopdf/x.pdf">version originale</a><br>
        <font color=Red> <b> Dossier num&eacute;ro :  </b> </font> 2007-05-17/42<br>
        <font color=Red> <b> Entr&eacute;e en vigueur / Effet :  </b> </font> 01-03-2007  </th></tr>
        </table>
        <A name="tablematiere"> </A>
        <table><tr><TH>Table des mati&egrave;res</TH></tr><tr><th>Art. 1-12</th></tr></table>
        <A name="texte"> </A>
        <table width=100%  BORDER=1 ><tr><TH><font size=5> Texte </font></TH><TH><A HREF="#top"> <B>Début</B> </A></TH></tr>
        <tr><th align = left width=100% colspan=3></b>\(text)
        </tr></table>
        <A name="signature"> </A>
        <table><tr><TH>Signatures</TH></tr><tr><th>Donné à Bruxelles, le 17 mai 2007. <BR>ALBERT</th></tr></table>
        <A name="preambule"> </A>
        <table><tr><TH><B>Pr&eacute;ambule</B></TH></tr><tr><th align = left></b>\(preamble)</th></tr></table>
        <A name="modification"> </A>
        <table><tr><TH>Modification(s)</TH></tr><tr><th><li>ARRETE ROYAL DU 11-03-2018 PUBLIE LE 29-05-2018<br>(ART. MODIFIES : 1; 2)</th></tr></table>
        <A name="end"> </A></BODY></HTML>
        """
    }

    /// Justel's marker as the page writes it: the number in a `<sup>`, the footnote in a
    /// `title` attribute that is not text.
    static func open(_ n: Int) -> String { "[<sup><font color=red><a href=#t title='<AR 2018-03-11/10, art. \(n), 004; En vigueur : 08-06-2018>'><span style='color:red;'>\(n)</span></a></font></sup>" }
    static func close(_ n: Int) -> String { "]<sup><font color=red><a href=#t title='<AR 2018-03-11/10, art. \(n), 004; En vigueur : 08-06-2018>'><span style='color:red;'>\(n)</span></a></font></sup>" }

    static let twoArticles = """
        <A NAME='LNK0001' HREF='#LNKR0001'>CHAPITRE I.</A> - Dispositions générales.<BR><BR>\
        &nbsp;&nbsp;<A NAME='Art.1'>Article </A> <A HREF='#Art.2'>1</A>.Pour l'application du présent arrêté, on entend par :<BR>\
        &nbsp;&nbsp;1° \(open(1)) Fedris : l'Agence&nbsp;fédérale]<sup>1</sup>;<BR>\
        &nbsp;&nbsp;2° &quot;l'intéressé&quot; : la personne.<BR>\
        &nbsp;&nbsp;----------<BR>&nbsp;&nbsp;(<font color=red>1</font>)&lt;AR <A HREF=/cgi_loi/change_lg.pl?language=fr&la=F&cn=2018031110 target=_blank>2018-03-11/10</A>, art. 1, 004; En vigueur : 08-06-2018&gt; <BR><BR>\
        &nbsp;&nbsp;<A NAME='LNK0002' HREF='#LNKR0002'>(DISPOSITIONS COMMUNES).</A> &lt;L 18-03-1970, art. 1&gt;<BR><BR>\
        &nbsp;&nbsp;<A NAME='Art.2' HREF='#Art.1'>Art.</A> <A HREF='#Art.3'> 2</A>.\(open(2)) § 1er. Le montant est de 470 euros.<BR>\
        &nbsp;&nbsp;§ 2. Il est indexé.\(close(2))<BR>\
        &nbsp;&nbsp;----------<BR>&nbsp;&nbsp;(<font color=red>2</font>)&lt;AR 2018-03-11/10, art. 2, 004; En vigueur : 08-06-2018&gt;
        """

    @Test func oldLayoutGivesTheTreeTheMetadataAndThePreamble() throws {
        let result = ActReader.read(text: Self.oldLayout(text: Self.twoArticles), file: "page.html")
        #expect(result.format == .html)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let act = try #require(result.act)
        #expect(addresses(act) == [
            "Chapitre I", "art. 1", "art. 1, 1°", "art. 1, 2°", "art. 2", "art. 2, § 1", "art. 2, § 2",
        ])
        let art1 = act.articles[0]
        #expect(art1.number == "1")
        #expect(art1.alineas[0].points[0].text == "Fedris : l'Agence fédérale;")
        #expect(art1.alineas[0].points[0].marks == [JustelMark(footnote: 1, start: 0, end: 28)])
        #expect(art1.alineas[0].points[1].text == "«l'intéressé» : la personne.")
        #expect(art1.footnotes.map(\.text) == ["AR 2018-03-11/10, art. 1, 004; En vigueur : 08-06-2018"])
        #expect(art1.footnotes.first?.dossier == "2018-03-11/10")
        let art2 = act.articles[1]
        #expect(art2.paragraphs.map(\.number) == ["1er", "2"])
        #expect(art2.footnotes.map(\.number) == [2])
        // A heading Justel anchors without a division word is a division all the same.
        let divisions = Self.divisions(act)
        try #require(divisions.count == 2)
        let other = divisions[1]
        #expect(other.kind == .other)
        #expect(other.heading == "(DISPOSITIONS COMMUNES). <L 18-03-1970, art. 1>")
        // Metadata from the title box; the note gives the state date.
        let metadata = act.metadata
        #expect(metadata.date == LegalDate("2007-05-17"))
        #expect(metadata.title == "Arrêté royal relatif aux essais.")
        #expect(metadata.kind == .arreteRoyal)
        #expect(metadata.consolidatedOn == LegalDate("2018-05-29"))
        #expect(metadata.numac == "2007022782")
        #expect(metadata.publication == LegalDate("2007-06-11"))
        #expect(metadata.page == "31498")
        #expect(metadata.dossier == "2007-05-17/42")
        #expect(metadata.entryIntoForce == LegalDate("2007-03-01"))
        #expect(metadata.source == "SECURITE SOCIALE")
        #expect(metadata.eli == "http://www.ejustice.just.fgov.be/eli/arrete/2007/05/17/2007022782/justel")
        #expect(metadata.language == .french)
        // The preamble is the act's; signatures, table of contents, modifications and the
        // script's words are not.
        #expect(act.preamble.map(\.text) == ["ALBERT II, Roi des Belges,", "Vu la loi;"])
        let everything = TextRenderer.render(act)
        for absent in ["Art. 99", "Mot", "Donné à Bruxelles", "ARRETE ROYAL DU", "Art. 1-12", "Début", "Texte"] {
            #expect(!everything.contains(absent), "\(absent)")
        }
        // Positions are the page's lines (the text cell starts on line 20).
        #expect(art1.range?.start.line == 20)
    }

    @Test func layout2024WithAWrongCharsetDeclaration() throws {
        // The 2024 pages declare iso-8859-1 and are stored as UTF-8: é must stay é.
        let page = """
            <!doctype html>
            <html lang="en"><head><meta charset="iso-8859-1" /><title>Banque de donn&eacute;es Justel</title>
            <script type="module" src="/css_2024/article.js"></script></head>
            <body><div class="page"><main>
            <div id="list-title-1" class="box"><h2 class="list-title">Titre</h2>
              <p class="list-item--title">17 MAI 2007. - Arrêté royal relatif à la prévention. (NOTE : Consultation des versions antérieures à partir du 11-06-2007 et mise à jour au 15-04-2024)</p>
              <div class="plain-text"><p><strong>Source: </strong>Sécurité sociale</p>
              <p><strong>Publication: </strong>11 juin 2007</p><p><strong>Num&eacute;ro: </strong>2007022782</p>
              <p><strong>Dossier num&eacute;ro:</strong>  2007-05-17/42</p><p><strong>Entr&eacute;e en vigueur :</strong> 1 mars 2007 </p></div>
            </div>
            <div id="list-title-2" class="box plain-text"><h2>Table des matières</h2>Chapitre 1er<BR>Art. 1</div>
            <div id="list-title-3" class="box plain-text"><h2 id="text" class="list-title">Texte</h2>
              <A NAME='LNK0001' HREF='#LNKR0001'>Chapitre 1er</A> \(Self.open(1)) Disposition générale\(Self.close(1))<BR>&nbsp;&nbsp;----------<BR>&nbsp;&nbsp;(<font color=red>1</font>)&lt;Inséré par AR 2024-03-06/04, art. 2, 005; En vigueur : 25-04-2024&gt; <BR><BR>\
            &nbsp;&nbsp;<A NAME='Art.1'></A>Article <A HREF='#LNK0002'> 1</A>.Le médecin décide.<BR><BR>
            </div>
            <div id="list-title-sw_sign" class="box"><h2>Signatures</h2><p class="plain-text">PHILIPPE</p></div>
            <div id="list-title-sw_prev" class="box"><h2>Préambule</h2><p class="plain-text">PHILIPPE, Roi des Belges,<br>Vu la loi;</p></div>
            </main></div></body></html>
            """
        let result = ActReader.read(text: page, file: "page.html")
        let act = try #require(result.act)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(addresses(act) == ["Chapitre 1", "art. 1"])
        #expect(act.articles[0].alineas[0].text == "Le médecin décide.")
        #expect(Self.divisions(act).map(\.heading) == ["Disposition générale"])
        // The division's footnote says which act inserted it.
        #expect(Self.divisions(act).first?.footnotes.map(\.text) == ["Inséré par AR 2024-03-06/04, art. 2, 005; En vigueur : 25-04-2024"])
        // Its position is the page's line, as every other one (the line mapping once forgot
        // the footnotes of divisions and left them at lines of the extracted text).
        #expect(Self.divisions(act).first?.footnotes.first?.range?.start.line == 13)
        #expect(Self.divisions(act).first?.range?.start.line == 13)
        #expect(act.metadata.title == "Arrêté royal relatif à la prévention.")
        #expect(act.metadata.publication == LegalDate("2007-06-11"))
        #expect(act.metadata.entryIntoForce == LegalDate("2007-03-01"))
        #expect(act.metadata.source == "Sécurité sociale")
        #expect(act.metadata.numac == "2007022782")
        #expect(act.metadata.consolidatedOn == LegalDate("2024-04-15"))
        #expect(act.preamble.map(\.text) == ["PHILIPPE, Roi des Belges,", "Vu la loi;"])
    }

    @Test func aLatin1PageIsReadInItsDeclaredCharset() throws {
        var bytes = Array(Self.oldLayout(text: "<A NAME='Art.1'>Art.</A> <A HREF='#Art.2'>1</A>. Le médecin décide.").utf8)
        bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "<HEAD>", with: "<HEAD><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">").unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        #expect(SourceTextCheck.isValidUTF8(bytes) == false)
        let result = ActReader.read(bytes: bytes, file: "latin1.html")
        #expect(result.act?.articles.first?.alineas.first?.text == "Le médecin décide.")
    }

    @Test func hostilePagesGiveTextNeverMarkupNorFetchedContent() throws {
        // An external entity is never loaded: libxml2 runs with NONET and without NOENT.
        let page = """
            <!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY remote SYSTEM "http://127.0.0.1:9/x">]>
            <html><body><a name="texte"></a><table><tr><th>Texte</th></tr><tr><th>\
            <A NAME='Art.1'>Art.</A> <A HREF='#Art.2'>1</A>. Avant &secret;&remote; après &lt;script&gt;alert(1)&lt;/script&gt;<script>document.write("Art. 2. injecté")</script><style>p{}</style><img src=x onerror="alert(2)">.\
            </th></tr></table></body></html>
            """
        let result = ActReader.read(text: page, file: "hostile.html")
        let act = try #require(result.act)
        #expect(act.articles.count == 1)
        let text = act.articles[0].alineas[0].text
        #expect(!text.contains("root:"))
        #expect(!text.contains("injecté"))
        #expect(text.hasPrefix("Avant"))
        #expect(text.hasSuffix("après <script>alert(1)</script>."))
    }

    @Test func anAnchoredHeadingThatDoesNotReadIsAWarning() throws {
        let result = ActReader.read(text: Self.oldLayout(text: "<A NAME='Art.1'>Art.</A> <A HREF='#Art.2'>1</A>. Texte.<BR><A NAME='Art.x'>Art.</A> <A HREF='#x'>?!</A> Suite."), file: "page.html")
        #expect(result.diagnostics.map(\.description) == ["page.html:20: warning: Justel anchors an article heading here, but 'Art. ?!. Suite.' does not read as one: kept as text of the unit before it"])
        #expect(result.act?.articles.count == 1)
    }

    @Test func plainEJusticeTextHasFootnotesAfterItsSeparator() throws {
        let act = try readAct("""
            Art. 1. [1 Le montant]1 est fixé.
              ----------
              (1)<L 2020-01-10/01, art. 2, 003; En vigueur : 01-02-2020>

            Art. 2. (1)<ce n'est pas une note> : une ligne de texte.
            """, file: "plain.txt")
        #expect(act.articles[0].alineas.map(\.text) == ["Le montant est fixé."])
        #expect(act.articles[0].footnotes.map(\.dossier) == ["2020-01-10/01"])
        #expect(act.articles[1].alineas.map(\.text) == ["(1)<ce n'est pas une note> : une ligne de texte."])
    }
}

extension JustelHTMLTests {
    /// Every division of the act, in the order of the text.
    static func divisions(_ act: Act) -> [Division] {
        var found: [Division] = []
        var stack = Array(act.body.reversed())
        while let element = stack.popLast() {
            if case .division(let division) = element {
                found.append(division)
                stack += division.children.reversed()
            }
        }
        return found
    }
}

/// The shared corpus: every Justel page reads, and reads as the markdown of the same state.
extension JustelHTMLTests {
    /// The dispositif as a jurist compares it: numbers as cited (`1er` and `1` alike,
    /// `1re` and `1ère` alike), no source positions.
    static func dispositif(_ act: Act) -> String {
        var act = act
        act.preamble = []
        act.metadata = ActMetadata()
        act.file = nil
        act.body = act.body.map(normalized)
        return dump(act)
    }

    static func normalized(_ element: BodyElement) -> BodyElement {
        switch element {
        case .article(var article):
            article.number = ArticleNumber.normalized(article.number)
            return .article(article)
        case .division(var division):
            division.number = OrdinalNumber.normalized(division.number)
            division.children = division.children.map(normalized)
            return .division(division)
        }
    }

    @Test(.enabled(if: Paths.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"),
          arguments: [("fedris-ar-2007/2007022782.v004-2018.justel-old-layout.html", "fedris-ar-2007/2007022782.v004-2018.md", 3),
                      ("fedris-ar-2007/2007022782.v005-2024.justel-2024-layout.html", "fedris-ar-2007/2007022782.v005-2024.md", 3)])
    func theHTMLAndTheMarkdownOfOneStateGiveOneTree(_ html: String, _ markdown: String, markdownOnlyWarnings: Int) throws {
        let page = ActReader.read(path: Self.shared(html))
        let text = ActReader.read(path: Self.shared(markdown))
        #expect(!page.hasErrors && !text.hasErrors)
        let fromHTML = try #require(page.act)
        let fromMarkdown = try #require(text.act)
        #expect(Self.dispositif(fromHTML) == Self.dispositif(fromMarkdown))
        // The page writes every closing marker's number and the space between two markers,
        // which iterata's markdown lost in a few places: the markdown's warnings are the
        // page's and those.
        let conversionLosses = text.diagnostics.map(\.message).filter { $0.hasSuffix("closed by ']' without its number") || $0.hasPrefix("Justel markers join two words") }
        #expect(conversionLosses.count == markdownOnlyWarnings)
        #expect(page.diagnostics.map(\.message) == text.diagnostics.map(\.message).filter { !conversionLosses.contains($0) })
        for keyPath in [\ActMetadata.numac, \.dossier, \.page, \.title, \.justelNote] {
            #expect(fromHTML.metadata[keyPath: keyPath] == fromMarkdown.metadata[keyPath: keyPath])
        }
        for keyPath in [\ActMetadata.date, \.publication, \.entryIntoForce, \.consolidatedOn] {
            #expect(fromHTML.metadata[keyPath: keyPath] == fromMarkdown.metadata[keyPath: keyPath])
        }
        #expect(fromHTML.metadata.kind == fromMarkdown.metadata.kind)
        #expect(fromHTML.preamble.first?.text == "ALBERT II, Roi des Belges,")
        // And the page's tree written as markdown reads back the same.
        #expect(dump(try roundTrip(fromHTML)) == dump(fromHTML.withoutPreambleRanges))
    }

    @Test(.enabled(if: Paths.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"),
          arguments: [("strafwetboek_fr.justel-old-layout.html", Language.french), ("strafwetboek_nl.justel-old-layout.html", Language.dutch)])
    func theCodePenalInFrenchAndDutch(_ file: String, _ language: Language) throws {
        let result = ActReader.read(path: Self.shared("justel-html/" + file))
        #expect(!result.hasErrors, "\(result.diagnostics.filter { $0.severity == .error })")
        let act = try #require(result.act)
        #expect(act.metadata.language == language)
        #expect(act.metadata.numac == "1867060850")
        #expect(act.metadata.date == LegalDate("1867-06-08"))
        #expect(act.metadata.consolidatedOn == LegalDate("2018-10-29"))
        #expect(act.articles.count == Self.codePenalArticles)
        #expect(act.articles.first?.number == "1")
        #expect(act.articles.last?.number == "566")
        // Books, chapters and sections, by their French or Dutch words.
        var kinds: [DivisionKind: Int] = [:]
        for division in Self.divisions(act) { kinds[division.kind, default: 0] += 1 }
        #expect(kinds[.livre] == 2)
        #expect((kinds[.chapitre] ?? 0) > 20)
        #expect((kinds[.section] ?? 0) > 20)
        // Every warning is one the real text calls for, counted by kind.
        var warnings: [String: Int] = [:]
        for diagnostic in result.diagnostics { warnings[Self.warningKind(diagnostic.message), default: 0] += 1 }
        #expect(warnings == Self.expectedWarnings(language))
        #expect(dump(try roundTrip(act)) == dump(act.withoutPreambleRanges))
    }

    static let codePenalArticles = 774

    /// A warning's message without its article number and other numbers.
    static func warningKind(_ message: String) -> String {
        var message = Substring(message)
        if message.hasPrefix("Art. ") { message = "Art. N" + message.dropFirst(5).drop { $0 != " " } }
        return String(message.map { $0.isNumber ? "#" : $0 })
    }

    /// What the Code pénal pages of 29-10-2018 call for:
    /// - Justel's old inline notes where an article's words begin (`Art. 564. <L 2005-07-20/41,
    ///   art. 22, 051; …> Dans …`) are the article's footnotes 0; after other words
    ///   (`Art. 37quinquies. (ancien art. 37ter …) <Inséré par L 2002-04-17/33, …> § 1er. …`)
    ///   they stay words, of an unnumbered part before § 1er, with a warning;
    /// - real defects of the page: a `"` closing nothing, art. 442bis after art. 442/1 (Justel
    ///   orders by insertion), in French one `[2` written without its space (its `]2`
    ///   once closed nothing), in Dutch art. 550bis's
    ///   `§ 7 Hij die …` without its point and art. 505's first note left open (no `>`).
    static func expectedWarnings(_ language: Language) -> [String: Int] {
        [
            "Art. N has text before its first §; kept as an unnumbered part": language == .french ? 10 : 11,
            "closing quotation mark with no opening one; read as the end of a quotation": 1,
            "Art. N follows Art. ###/#: article numbers out of order": 1,
        ].merging(language == .french ? ["Justel marker '[#' written without its space: read as the opening '[# '": 1]
                                      : ["'§ #' has no point after its number; read as the heading of § #": 1,
                                         // Art. 505: the note before its first sentence left open (look 30).
                                         "Justel's note « <L ####-##-##/##, art. #, ###;  Inwerkingtreding :  ##-##-#### » has no « > » before the next note: taken to end after its date, the words after it read as the article's": 1]) { $1 }
    }
}

/// Validity of UTF-8, checked here without the reader's internals.
enum SourceTextCheck {
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}

extension Act {
    /// The act with its preamble lines' positions dropped (markdown writes them again).
    var withoutPreambleRanges: Act {
        var act = self
        act.preamble = preamble.map { TextLine($0.text) }
        return act
    }
}
