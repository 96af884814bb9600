#ifndef PEERTRACK_CLIBXML2_SHIM_H
#define PEERTRACK_CLIBXML2_SHIM_H

/* Debian builds libxml2 with ICU; its <unicode/ucnv.h> clashes with Foundation's own ICU
   module. PeerTrack only passes encoding handlers around as opaque pointers, so hide the
   ICU converter from encoding.h. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>

/* libxml2 prints some messages ("Unimplemented block at xmlschemas.c:...") through its
   generic error callback, which writes to standard error and which Swift cannot implement
   (it is variadic). PeerTrack reports problems through the structured callbacks only. */
static void peertrack_ignore_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/* Silences the generic callback on the calling thread and on threads made from now on. */
static inline void peertrack_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, peertrack_ignore_generic_error);
    xmlThrDefSetGenericErrorFunc(NULL, peertrack_ignore_generic_error);
}

#endif
