import ChronolexModel
import CLibXML2

/// An HTML page read by libxml2's HTML parser, to be walked element by element (a Justel
/// or eJustice page, say). The parser recovers from broken markup as browsers do, never
/// touches the network and loads no DTD or external entity: the page is the only input.
///
/// The libxml2 document is freed with this object (or, read by
/// ``reading(bytes:encoding:_:)``, once the reader is done); ``HTMLPage/Element`` values
/// handed to a walk are valid only during that walk.
public final class HTMLPage {
    private let doc: htmlDocPtr

    /// Why a page could not be read.
    public enum Failure: Error, Equatable {
        /// libxml2 built no document at all (nothing that looks like markup).
        case unreadable
        /// The input is larger than libxml2 takes in one buffer (2 GiB).
        case tooLarge
    }

    /// The character encoding used to decode the page.
    public enum Encoding: Sendable {
        /// UTF-8 whatever the page declares: Justel's 2024 pages declare `iso-8859-1` and
        /// are stored as UTF-8; the caller checks the bytes first.
        case utf8
        /// What the page declares (`<meta charset>`), Latin-1 when it declares nothing.
        case declared
    }

    /// The options every parse uses: recover from broken markup, report nothing on
    /// stderr, forbid network access (`HTML_PARSE_NONET`). `XML_PARSE_NOENT` is never
    /// set: no external entity is substituted.
    static let baseOptions: Int32 = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)

    /// libxml2's global state is set up once, before any thread parses.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses `bytes` as HTML.
    public init(bytes: [UInt8], encoding: Encoding) throws(Failure) {
        doc = try Self.parse(bytes, encoding: encoding)
        ownsDocument = true
    }

    /// A page whose document someone else frees.
    private init(borrowing document: htmlDocPtr) {
        doc = document
        ownsDocument = false
    }

    /// False for a page of ``reading(bytes:encoding:_:)``, which frees its document itself.
    private let ownsDocument: Bool

    deinit { if ownsDocument { xmlFreeDoc(doc) } }

    /// Parses `bytes` on a thread of its own, hands the page to `body`, then frees the
    /// document on another thread while the caller goes on: the tree's nodes are then
    /// taken from and given back to that thread's heap (glibc's arena), not the caller's,
    /// which goes on without waiting for thousands of nodes to be freed. The page must not
    /// be kept after `body` returns.
    public static func reading<Value>(bytes: [UInt8], encoding: Encoding, _ body: (HTMLPage) -> Value) throws(Failure) -> Value {
        let parsed = SideThread { () -> Swift.Result<Document, Failure> in
            do throws(Failure) {
                return .success(Document(pointer: try parse(bytes, encoding: encoding)))
            } catch {
                return .failure(error)
            }
        }
        let document = try parsed.wait().get()
        let value = body(HTMLPage(borrowing: document.pointer))
        _ = SideThread {
            xmlFreeDoc(document.pointer)
            // glibc keeps the freed nodes as small free chunks of this thread's heap until
            // a larger request merges them (malloc_consolidate, 5 ms for the Code pénal): a
            // request here merges them now, on this thread; else the next thread given this
            // heap, once this one ends, would first do it (`check`'s next thread waited so).
            let merge = UnsafeMutableRawPointer.allocate(byteCount: 4096, alignment: 16)
            merge.deallocate()
        }
        return value
    }

    /// A document handed from thread to thread, used by one at a time.
    private struct Document: @unchecked Sendable {
        let pointer: htmlDocPtr
    }

    private static func parse(_ bytes: [UInt8], encoding: Encoding) throws(Failure) -> htmlDocPtr {
        _ = Self.initialized
        guard bytes.count < Int(Int32.max) else { throw .tooLarge }
        chronolex_silenceErrors()
        var options = Self.baseOptions
        if case .utf8 = encoding { options |= Int32(HTML_PARSE_IGNORE_ENC.rawValue) }
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    htmlReadMemory(chars, Int32(buffer.count), nil, encoding == .utf8 ? "UTF-8" : nil, options)
                }
            }
        }
        guard let parsed else { throw .unreadable }
        return parsed
    }

    /// An element met during a walk (or a stream): its name (lower case, as libxml2's HTML
    /// parser gives it), its attributes, and the line of the page where it starts.
    public struct Element {
        /// The element's node, in a walk of the tree.
        fileprivate let node: xmlNodePtr?
        /// In a stream (``HTMLPage/stream(bytes:encoding:_:)``): the name, the attributes
        /// as libxml2's parser hands them (name, value, name, value…, then nil; nil at a
        /// close) and the line.
        fileprivate let streamedName: UnsafePointer<xmlChar>?
        fileprivate let streamedAttributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
        fileprivate let streamedLine: Int

        fileprivate init(node: xmlNodePtr) {
            self.node = node
            streamedName = nil
            streamedAttributes = nil
            streamedLine = 0
        }

        fileprivate init(name: UnsafePointer<xmlChar>?, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, line: Int) {
            node = nil
            streamedName = name
            streamedAttributes = attributes
            streamedLine = line
        }

        private var namePointer: UnsafePointer<xmlChar>? { node.map { $0.pointee.name } ?? streamedName }

        /// The tag name in lower case (`br`, `a`, `div`).
        public var name: String { namePointer.map { String(cString: $0) } ?? "" }

        /// True when the element's name is `name` (lower case), without making a string.
        public func isNamed(_ name: StaticString) -> Bool {
            guard let own = namePointer else { return false }
            return name.withUTF8Buffer { expected in
                var i = 0
                while i < expected.count {
                    if own[i] != expected[i] { return false }
                    i += 1
                }
                return own[i] == 0
            }
        }

        /// The tag name's bytes (lower case), without making a string; valid only during
        /// the call.
        public func withName<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            guard let own = namePointer else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
            return body(UnsafeBufferPointer(start: own, count: Int(xmlStrlen(own))))
        }

        /// The value of an attribute (names in lower case), entities decoded; an attribute
        /// written without a value is empty. In a stream, attributes are known when the
        /// element opens only: at its close, nil.
        public func attribute(_ name: String) -> String? {
            if let node {
                guard let value = xmlGetProp(node, name) else { return nil }
                defer { chronolex_xmlFree(value) }
                return String(cString: value)
            }
            // The parser drops an attribute written twice but the first: the first match is
            // the one the tree holds (and `xmlGetProp` finds).
            guard var pair = streamedAttributes else { return nil }
            while let key = pair.pointee {
                if xmlStrEqual(key, name) != 0 { return (pair + 1).pointee.map { String(cString: $0) } ?? "" }
                pair += 2
            }
            return nil
        }

        /// The line of the page where the element starts (from 1; libxml2 counts lines).
        public var line: Int { node.map { Int(xmlGetLineNo($0)) } ?? streamedLine }
    }

    /// What a walk meets, in the order of the page.
    public enum Event {
        /// An element opens; its children follow, then ``close``.
        case open(Element)
        /// An element closes.
        case close(Element)
        /// Text, entities decoded, as UTF-8 bytes (valid only during the call), with the
        /// page line where it starts.
        case text(UnsafeBufferPointer<UInt8>, line: Int)
    }

    /// What the walker does after an ``Event/open(_:)``.
    public enum Descent {
        /// Visit the element's children.
        case children
        /// Skip them (a `<script>`, a `<style>`): the next event is its ``Event/close(_:)``.
        case skip
    }

    /// Walks the page depth-first in document order. Iterative (an explicit climb through
    /// parent pointers, no recursion): a page nested 100,000 levels deep cannot exhaust
    /// the stack. Comments, processing instructions and the DTD are not reported.
    ///
    /// - Complexity: O(n) in the number of nodes.
    public func walk(_ visit: (Event) -> Descent) {
        guard var node = xmlDocGetRootElement(doc) else { return }
        let top = node
        while true {
            var descend = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                descend = visit(.open(Element(node: node))) == .children && node.pointee.children != nil
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    let length = Int(xmlStrlen(content))
                    _ = visit(.text(UnsafeBufferPointer(start: content, count: length), line: Int(node.pointee.line)))
                }
            default:
                break
            }
            if descend, let child = node.pointee.children {
                node = child
                continue
            }
            // Close this element if it was opened, then climb until a sibling is found.
            if node.pointee.type == XML_ELEMENT_NODE { _ = visit(.close(Element(node: node))) }
            while node.pointee.next == nil {
                guard node != top, let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return }
                node = parent
                _ = visit(.close(Element(node: node)))
                if node == top { return }
            }
            if node == top { return }
            guard let next = node.pointee.next else { return }
            node = next
        }
    }
}

extension HTMLPage {
    /// Reads `bytes` as HTML and hands `visit` what the page holds as libxml2's parser meets
    /// it, without building the tree: the same events, in the same order, with the same
    /// lines and texts, as ``walk(_:)`` gives of the page ``init(bytes:encoding:)`` reads
    /// (the same parser, the same options; `StreamedPageTests` compares the two). A text
    /// is handed whole, as the tree holds it: the pieces the parser gives (a run of words,
    /// an entity) are joined until an element opens or closes, or a comment or a processing
    /// instruction comes between. An element's attributes are known when it opens.
    ///
    /// Returns false, having stopped, when an element comes after the page's root element
    /// has closed: the tree would hang it under an earlier node (libxml2's own rule) and the
    /// walk would meet it there. The caller then reads the page through
    /// ``reading(bytes:encoding:_:)``, with what `visit` was given dropped. Empty input
    /// returns false too, and so does a page libxml2 makes no document of
    /// (``init(bytes:encoding:)`` says what it makes of them).
    ///
    /// The tree of a 906 KB page (the Code pénal) is ~100,000 nodes allocated, linked, walked
    /// and freed; a stream allocates none of them.
    ///
    /// - Complexity: O(n) in the size of the page.
    public static func stream(bytes: [UInt8], encoding: Encoding, _ visit: (Event) -> Descent) throws(Failure) -> Bool {
        _ = Self.initialized
        guard !bytes.isEmpty else { return false }
        guard bytes.count < Int(Int32.max) else { throw .tooLarge }
        chronolex_silenceErrors()
        var options = Self.baseOptions
        if case .utf8 = encoding { options |= Int32(HTML_PARSE_IGNORE_ENC.rawValue) }
        return withoutActuallyEscaping(visit) { visit -> Bool in
            let stream = Stream(visit: visit)
            // Anything unusual (no parser, no document) is left to the tree's reading, which
            // says what it makes of it.
            guard let context = htmlNewParserCtxt() else { return false }
            defer { htmlFreeParserCtxt(context) }
            // The HTML parser's own handlers stay for the document and its DOCTYPE; those
            // that would build the tree are ours.
            guard let handler = context.pointee.sax else { return false }
            handler.pointee.startElement = { context, name, attributes in Stream.of(context)?.open(context, name, attributes) }
            handler.pointee.endElement = { context, _ in Stream.of(context)?.close() }
            handler.pointee.characters = { context, bytes, count in Stream.of(context)?.text(context, bytes, count, kind: .text) }
            handler.pointee.cdataBlock = { context, bytes, count in Stream.of(context)?.text(context, bytes, count, kind: .cdata) }
            handler.pointee.comment = { context, _ in Stream.of(context)?.node() }
            handler.pointee.processingInstruction = { context, _, _ in Stream.of(context)?.node() }
            context.pointee._private = Unmanaged.passUnretained(stream).toOpaque()
            let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                        htmlCtxtReadMemory(context, chars, Int32(buffer.count), nil, encoding == .utf8 ? "UTF-8" : nil, options)
                    }
                }
            }
            context.pointee._private = nil
            // The document holds no element (only its DOCTYPE, if any).
            guard let document else { return false }
            xmlFreeDoc(document)
            guard !stream.stray else { return false }
            stream.flush()
            return true
        }
    }

    /// The state of one ``stream(bytes:encoding:_:)``: the open elements, the text being
    /// joined, the element whose contents are skipped.
    private final class Stream {
        enum Kind { case text, cdata }

        let visit: (Event) -> Descent
        /// The open elements (the root first), with their lines.
        var open: [(name: UnsafePointer<xmlChar>?, line: Int)] = []
        /// The text being joined, its kind and the line of its first piece.
        var pending: [UInt8] = []
        var pendingKind: Kind?
        var pendingLine = 0
        /// While an element's contents are skipped, its depth (its index in `open`).
        var skipped: Int?
        var rootClosed = false
        /// An element came after the root closed.
        var stray = false

        init(visit: @escaping (Event) -> Descent) {
            self.visit = visit
            pending.reserveCapacity(4096)
        }

        static func of(_ context: UnsafeMutableRawPointer?) -> Stream? {
            guard let context, let state = context.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else { return nil }
            return Unmanaged<Stream>.fromOpaque(state).takeUnretainedValue()
        }

        /// The line libxml2 would give a node made now: its input's line, at most 65,535
        /// (a node keeps 16 bits), 0 when it counts none.
        static func line(_ context: UnsafeMutableRawPointer?) -> Int {
            guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self).pointee,
                  parser.linenumbers != 0, let input = parser.input else { return 0 }
            return min(Int(input.pointee.line), 65535)
        }

        /// The text joined so far, handed as one (unless inside a skipped element).
        func flush() {
            guard !stray, let kind = pendingKind else { return }
            pendingKind = nil
            defer { pending.removeAll(keepingCapacity: true) }
            guard skipped == nil else { return }
            // A CDATA node (a script's or a style's contents) has no line in the tree.
            let line = kind == .cdata ? 0 : pendingLine
            pending.withUnsafeBufferPointer { _ = visit(.text($0, line: line)) }
        }

        func open(_ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
            guard !stray else { return }
            flush()
            if rootClosed {
                stray = true
                xmlStopParser(context?.assumingMemoryBound(to: xmlParserCtxt.self))
                return
            }
            let line = Self.line(context)
            open.append((name, line))
            guard skipped == nil else { return }
            if visit(.open(Element(name: name, attributes: attributes, line: line))) == .skip { skipped = open.count - 1 }
        }

        func close() {
            guard !stray else { return }
            flush()
            guard let (name, line) = open.popLast() else { return }
            if open.isEmpty { rootClosed = true }
            if let depth = skipped {
                guard depth == open.count else { return }
                skipped = nil
            }
            _ = visit(.close(Element(name: name, attributes: nil, line: line)))
        }

        func text(_ context: UnsafeMutableRawPointer?, _ bytes: UnsafePointer<xmlChar>?, _ count: Int32, kind: Kind) {
            // Text outside every element is dropped (libxml2 has no node to put it in).
            guard !open.isEmpty, !stray, let bytes else { return }
            if pendingKind != kind {
                flush()
                pendingKind = kind
                pendingLine = Self.line(context)
            }
            pending.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(max(0, count))))
        }

        /// A comment or a processing instruction: a node of its own in the tree, between
        /// two texts, which stay two.
        func node() {
            flush()
        }
    }
}
