#ifndef CHRONOLEX_CLIBXML2_SHIM_H
#define CHRONOLEX_CLIBXML2_SHIM_H

/// libxml2's headers include the system's ICU (`unicode/ucnv.h`) when it was built with
/// ICU; Foundation brings its own ICU headers under the same names, and a module that sees
/// both (ChronolexXML imports Foundation through ChronolexModel) fails to build from
/// scratch. Chronolex never touches the ICU fields of `xmlCharEncodingHandler` (it holds
/// that struct only through pointers), so the system ICU is left out of the headers.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer, which Swift 6 refuses to call directly
/// ("not concurrency-safe"); this wrapper makes it an ordinary function.
static inline void chronolex_xmlFree(void *pointer) { xmlFree(pointer); }

/// Silences libxml2's default error printer (errors are reported by Chronolex itself).
static inline void chronolex_silenceErrors(void) {
    xmlSetGenericErrorFunc(NULL, NULL);
}

/// Parses an HTML page as `htmlReadMemory` does, through a parser context that says how the
/// parse ended: `*stopped` is 1 when libxml2 halted before the end of the input (a fatal
/// error), 2 when the last error is a comment never closed (the rest of the page read as
/// that comment), 0 otherwise; `*line` is the line of the last error (0 when none).
static inline htmlDocPtr chronolex_htmlReadMemory(const char *buffer, int size, const char *encoding, int options,
                                                  int *stopped, int *line) {
    *stopped = 0;
    *line = 0;
    htmlParserCtxtPtr context = htmlNewParserCtxt();
    if (context == NULL) return NULL;
    htmlDocPtr document = htmlCtxtReadMemory(context, buffer, size, NULL, encoding, options);
    xmlErrorPtr error = xmlCtxtGetLastError(context);
    if (error != NULL) *line = error->line;
    if (context->disableSAX) {
        *stopped = 1;
    } else if (error != NULL && error->code == XML_ERR_COMMENT_NOT_FINISHED) {
        *stopped = 2;
    }
    htmlFreeParserCtxt(context);
    return document;
}

#endif
