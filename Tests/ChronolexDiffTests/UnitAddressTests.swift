import ChronolexModel
import ChronolexReaders
import Foundation
import Testing
@testable import ChronolexDiff

/// The diff's unit tree keeps a unit's address out of its node (``UnitTree/address(_:)``):
/// the addresses it gives must be those the act's visitor computes, unit by unit, and the
/// node must stay small (its size is what two large versions' trees cost in memory).
@Suite("Addresses of the diff's units")
struct UnitAddressTests {
    /// The addresses the visitor walks through, in document order: the top-level units
    /// (divisions: nil; articles) first, then each article's sub-units, article by article
    /// — the order in which a tree flattened article by article holds its nodes.
    struct Walk: ActVisitor {
        var top: [(Address?, String)] = []
        var sub: [(Address?, String)] = []
        var path: [String] = []

        mutating func visitDivision(_ division: Division, depth: Int) {
            if path.count > depth { path.removeLast(path.count - depth) }
            path.append(division.citation)
            top.append((nil, path.joined(separator: ", ")))
            descend(into: division, depth: depth)
            path.removeLast()
        }

        mutating func visitArticle(_ article: Article) {
            top.append((article.address, article.address.description))
            descend(into: article)
        }

        mutating func visitParagraph(_ paragraph: Paragraph, in article: Article, address: Address) {
            if paragraph.number != nil { sub.append((address, address.description)) }
            descend(into: paragraph, address: address)
        }

        mutating func visitAlinea(_ alinea: Alinea, address: Address) {
            sub.append((address, address.description))
            descend(into: alinea, address: address)
        }

        mutating func visitPoint(_ point: Point, address: Address, depth: Int) {
            sub.append((address, address.description))
            descend(into: point, address: address, depth: depth)
        }
    }

    func check(_ act: Act, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        var walk = Walk()
        walk.walk(act)
        var tree = UnitTree(act)
        for index in tree.top { tree.expand(index) }
        let expected = walk.top + walk.sub
        #expect(tree.nodes.count == expected.count, sourceLocation: sourceLocation)
        for (index, (address, text)) in zip(tree.nodes.indices, expected) {
            #expect(tree.address(index) == address, "node \(index)", sourceLocation: sourceLocation)
            #expect(tree.addressText(index) == text, "node \(index)", sourceLocation: sourceLocation)
            #expect(tree.article(index) == address?.article, "node \(index)", sourceLocation: sourceLocation)
            let anchor = address.map { tree.nodes[index].level == .alinea ? $0.anchor + "-alinea" : $0.anchor } ?? "div-" + Address.slug(text)
            #expect(tree.anchor(index) == anchor, "node \(index)", sourceLocation: sourceLocation)
        }
    }

    @Test func unitsOfEveryKind() throws {
        let text = frontMatter + """
        ## TITRE Ier. - Dispositions générales

        ## CHAPITRE 1er. - Définitions

        **Article 1er.** Le présent arrêté règle la matière.

        **Art. 2.** Pour l'application du présent arrêté, on entend par :

        1° bibliothèque : un lieu;

        2° collection : l'ensemble des documents, à savoir :

           a) les livres;

           b) les jeux;

        3° public : tous.

        Le ministre précise ces notions.

        ## CHAPITRE 2. - Reconnaissance

        **Art. 3.** § 1er. Le ministre statue.

        Il notifie sa décision.

        § 2. Le recours est ouvert.

        **Art. 3/1.** - les communes;

        - les provinces.

        **Art. 4bis.** Le présent arrêté entre en vigueur le 1er janvier 2024.
        """
        check(try readAct(text))
    }

    @Test func theCorpusActs() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Corpus").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") && $0 != "README.md" }
        #expect(files.count >= 5)
        for file in files {
            guard let act = ActReader.read(path: folder.appendingPathComponent(file).path).act else { continue }
            check(act)
        }
    }

    /// A node is 96 bytes (its content hash kept): with its address and a division's path
    /// inside, it was 184, and the trees of two 5 MB versions touched about 13 MB of fresh
    /// memory.
    @Test func nodesStaySmall() {
        #expect(MemoryLayout<UnitTree.Node>.stride <= 96)
    }
}
