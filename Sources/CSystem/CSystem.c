#define _GNU_SOURCE
#include "CSystem.h"

#include <unistd.h>
#include <sys/fsuid.h>
#include <sys/prctl.h>

int peertrack_getresgid(unsigned int *real, unsigned int *effective, unsigned int *saved) {
    return getresgid(real, effective, saved);
}

int peertrack_setresgid(unsigned int real, unsigned int effective, unsigned int saved) {
    return setresgid(real, effective, saved);
}

int peertrack_setfsgid(unsigned int gid) { return setfsgid(gid); }

int peertrack_make_nondumpable(void) { return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0); }

int peertrack_is_dumpable(void) { return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0); }
