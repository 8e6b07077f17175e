package probes

// tcpInfoV0 is TCP_INFO_v0 (mstcpip.h), what WSAIoctl(SIO_TCP_INFO) with
// version 0 returns on Windows 10 1703 and later. It is declared on every
// OS so that its layout is tested everywhere.
type tcpInfoV0 struct {
	State             uint32 // TCPSTATE
	Mss               uint32
	ConnectionTimeMs  uint64
	TimestampsEnabled uint8 // BOOLEAN
	RttUs             uint32
	MinRttUs          uint32
	BytesInFlight     uint32
	Cwnd              uint32
	SndWnd            uint32
	RcvWnd            uint32
	RcvBuf            uint32
	BytesOut          uint64
	BytesIn           uint64
	BytesReordered    uint32
	BytesRetrans      uint32
	FastRetrans       uint32
	DupAcksIn         uint32
	TimeoutEpisodes   uint32
	SynRetrans        uint8
}

// sioTCPInfo is SIO_TCP_INFO: _WSAIORW(IOC_VENDOR, 39).
const sioTCPInfo = 0xD8000027

// synsFromTCPInfo is how many SYNs a connection attempt sent, from the
// bytes SIO_TCP_INFO returned: the first one and its retransmissions
// (SynRetrans). ok is false when the answer is too short to hold the
// count: the figure is then unknown, never taken as 0.
func synsFromTCPInfo(info *tcpInfoV0, returned uint32) (sent int, ok bool) {
	const need = 85 // up to and including SynRetrans
	if returned < need {
		return 0, false
	}
	return 1 + int(info.SynRetrans), true
}
