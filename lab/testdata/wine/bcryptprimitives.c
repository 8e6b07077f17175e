/*
 * bcryptprimitives.dll for Wine 8, which lacks it. Go 1.24 and later read
 * random numbers with ProcessPrng from this DLL at start-up; this one hands
 * the request to RtlGenRandom (advapi32's SystemFunction036), which Wine has.
 * Built by the lab with mingw-w64 at test time; never shipped.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
	while (length > 0) {
		ULONG n = length > 0x40000000 ? 0x40000000 : (ULONG)length;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		length -= n;
	}
	return TRUE;
}
