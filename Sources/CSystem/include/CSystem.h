#ifndef PEERTRACK_CSYSTEM_H
#define PEERTRACK_CSYSTEM_H

/* The few Linux calls that Swift cannot reach through Glibc: setfsgid(2) is not in its
   module, and prctl(2) is variadic. */

/* getresgid(2) and setresgid(2), which Glibc's module hides behind _GNU_SOURCE. */
int peertrack_getresgid(unsigned int *real, unsigned int *effective, unsigned int *saved);
int peertrack_setresgid(unsigned int real, unsigned int effective, unsigned int saved);

/* Sets this thread's file-system group id; returns the previous one (see setfsgid(2)). */
int peertrack_setfsgid(unsigned int gid);

/* Marks the process non-dumpable: no core file, no ptrace by the user (PR_SET_DUMPABLE 0). */
int peertrack_make_nondumpable(void);

/* Whether the process is dumpable (PR_GET_DUMPABLE). */
int peertrack_is_dumpable(void);

#endif
