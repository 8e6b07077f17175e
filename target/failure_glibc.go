package target

// glibcPhrases are glibc's own translations of the strerror and
// gai_strerror texts of a failed connect or look-up ("Connection timed
// out", "Connection refused", "No route to host", "Network is
// unreachable", "Connection reset by peer", "Name or service not known",
// "Temporary failure in name resolution"), lower-cased, in the languages
// glibc ships that failurePhrases did not already read: read from
// Debian 12's libc-l10n (2.36) catalogues, /usr/share/locale/*/LC_MESSAGES/libc.mo,
// each cut before a quote a copy may change (es "No existe ninguna ruta
// hasta el `host'"). A Java, Python or Go program on a system in that
// language prints them inside its own English message
// ("java.net.ConnectException: Spojení bylo příliš dlouho neaktivní").
var glibcPhrases = map[Failure][]string{
	FailureNoSuchHost: {
		"не е известно името на услугата",              // bg
		"временен неуспех при определянето на име",     // bg
		"el nom o servei no és conegut",                // ca
		"fallada temporal a la resolució de noms",      // ca
		"neznámé jméno nebo služba",                    // cs
		"dočasná chyba při vyhodnocování jména",        // cs
		"navn eller tjeneste ukendt",                   // da
		"midlertidig fejl i navneopslag",               // da
		"το όνομα ή η υπηρεσία δεν είναι γνωστά",       // el
		"προσωρινή αποτυχία κατά την ανάλυση ονόματος", // el
		"nomo aŭ servo ne konatas",                     // eo
		"dumtempa malsukceso ĉe nom-eltrovo",           // eo
		"nimeä tai palvelua ei tunneta",                // fi
		"tilapäinen virhe nimenselvityksessä",          // fi
		"nome ou servicio descoñecido",                 // gl
		"fallo temporal na resolución de nomes",        // gl
		"ime ili servis nije poznato",                  // hr
		"privremeni neuspjeh u rješavanju imena",       // hr
		"a név vagy a szolgáltatás nem ismert",         // hu
		"átmeneti névfeloldási hiba",                   // hu
		"nama atau layanan tidak diketahui",            // id
		"kegagalan sementara dalam resolusi nama",      // id
		"pavadinimas arba tarnyba nežinoma",            // lt
		"laikinas vardų paieškos sutrikimas",           // lt
		"navn eller tjeneste ukjent",                   // nb
		"midlertidig feil i navneoppslag",              // nb
		"tijdelijk probleem in naamsherleiding",        // nl
		"ta nazwa lub usługa jest nieznana",            // pl
		"odwzorowanie nazwy jest chwilowo niemożliwe",  // pl
		"falha temporário na resolução de nome",        // pt_BR
		"неизвестное имя или служба",                   // ru
		"názov alebo služba neznáme",                   // sk
		"dočasná chyba pri riešení názvu",              // sk
		"ime ali storitev ni poznana",                  // sl
		"razreševanje imena začasno ni uspelo",         // sl
		"није познат назив или сервер",                 // sr
		"привремени неуспех одређивања назива",         // sr
		"namn eller tjänst okänd",                      // sv
		"namnuppslagning misslyckades temporärt",       // sv
		"i̇sim ya da servis bilinmiyor",                // tr
		"i̇sim çözünürlüğünde geçici başarısızlık",     // tr
		"невідома назва чи сервіс",                     // uk
		"тимчасова помилка розв",                       // uk
		"không rõ tên hoặc dịch vụ",                    // vi
		"tạm thời không thể phân giải tên",             // vi
		"名稱或服務未知",                                      // zh_TW
		"解析名稱時發生暫時性錯誤",                                 // zh_TW
	},
	FailureRefused: {
		"адмоўлена ў злучэньні",   // be
		"отказано свързване",      // bg
		"ha refusat la connexió",  // ca
		"opkobling nægtet",        // da
		"απόρριψη σύνδεσης",       // el
		"konekto rifuziĝas",       // eo
		"yhteys torjuttu",         // fi
		"conexión rexeitada",      // gl
		"veza odbijena",           // hr
		"kapcsolat elutasítva",    // hu
		"prisijungimas atmestas",  // lt
		"oppkobling nektes",       // nb
		"verbinding is geweigerd", // nl
		"ligação recusada",        // pt
		"spojenie odmietnuté",     // sk
		"веза је одбијена",        // sr
		"förbindelsen förvägrad",  // sv
		"єднанні відмовлено",      // uk
	},
	FailureUnreachable: {
		"няма маршрут до компютъра",            // bg
		"мрежата е недостъпна",                 // bg
		"no hi ha cap camí cap a l",            // ca
		"la xarxa és inabastable",              // ca
		"k počítači neexistuje cesta",          // cs
		"síť není dostupná",                    // cs
		"ingen rute til værtsmaskinen",         // da
		"netværket er ikke tilgængeligt",       // da
		"δεν υπάρχει διαδρομή στο σύστημα",     // el
		"το δίκτυο δεν είναι προσπελάσιμο",     // el
		"gastiganto ne atingeblas",             // eo
		"la reto ne atingeblas",                // eo
		"no existe ninguna ruta hasta el",      // es
		"reititystä koneeseen ei ole",          // fi
		"verkkoa ei tavoiteta",                 // fi
		"non hai unha rota ao servidor",        // gl
		"non se pode chegar á rede",            // gl
		"nema trase (rute, puta) do računala",  // hr
		"mreža nije dostupna",                  // hr
		"nincs útvonal a gép felé",             // hu
		"a hálózat elérhetetlen",               // hu
		"tidak ada rute ke host",               // id
		"jaringan tidak dapat dicapai",         // id
		"호스트로 갈 루트가 없음",                        // ko
		"네트워크가 접근 불가능합니다",                      // ko
		"nėra kelio iki serverio",              // lt
		"tinklas neprieinamas",                 // lt
		"ingen rute til vertsmaskinen",         // nb
		"nettverket er ikke tilgjengelig",      // nb
		"sem caminho para o anfitrião",         // pt
		"rede inacessível",                     // pt
		"não há rota para o host",              // pt_BR
		"cesta k počítaču neexistuje",          // sk
		"sieť nie je dostupná",                 // sk
		"omrežje ni dostopno",                  // sl
		"нема путање до рачунара",              // sr
		"мрежа је недостижна",                  // sr
		"ingen väg till värd",                  // sv
		"nätverket kan inte nås",               // sv
		"makinaya ağ üzerinden yol yok",        // tr
		"ağ erişilebilir durumda değil",        // tr
		"немає маршруту до вузла",              // uk
		"не вдалося отримати доступ до мережі", // uk
		"không có đường dẫn đến máy",           // vi
		"không thể kết nối mạng",               // vi
		"找不到通往該主機的路由路徑",                        // zh_TW
		"無法接觸網路",                               // zh_TW
	},
	FailureReset: {
		"едностранно прекъсване на връзката от отсрещната страна",                     // bg
		"la màquina remota ha reiniciat la connexió",                                  // ca
		"spojení zrušeno druhou stranou",                                              // cs
		"forbindelsen brudt i den anden ende",                                         // da
		"η σύνδεση έκλεισε από το ταίρι",                                              // el
		"konekto simple malekis",                                                      // eo
		"vastapää sulki yhteyden",                                                     // fi
		"conexión reiniciada polo outro estremo",                                      // gl
		"poveznica je prekinuta od druge strane (od ravnopravnoga člana u prijenosu)", // hr
		"a kapcsolatot bontotta a távoli fél",                                         // hu
		"koneksi direset oleh peer",                                                   // id
		"상대편이 연결을 끊음",                                                                 // ko
		"prisijungimas nutrauktas kito serverio",                                      // lt
		"forbindelsen brutt i den andre enden",                                        // nb
		"verbinding is weggevallen",                                                   // nl
		"ligação reposta pelo peer",                                                   // pt
		"conexão fechada pela outra ponta",                                            // pt_BR
		"spojenie zrušené druhou stranou",                                             // sk
		"везу је поново поставио парњак",                                              // sr
		"förbindelse borttagen av partnern",                                           // sv
		"bağlantı karşıdan kesildi",                                                   // tr
		"вузол розірвав з",                                                            // uk
		"kết nối bị đặt lại bởi ngang hàng",                                           // vi
	},
	FailureTimeout: {
		"просрочена мрежова операция",                        // bg
		"la connexió ha expirat",                             // ca
		"spojení bylo příliš dlouho neaktivní",               // cs
		"opkoblingen overskred tidsgrænsen",                  // da
		"λήξη σύνδεσης",                                      // el
		"konekto transpasis limtempon",                       // eo
		"yhteys aikakatkaistu",                               // fi
		"a conexión espirou",                                 // gl
		"veza je prekinuta zbog ograničenja vremena čekanja", // hr
		"koneksi kehabisan waktu",                            // id
		"baigėsi prisijungimo laukimo laikas",                // lt
		"oppkoblingen overskred tidsgrensen",                 // nb
		"ligação expirada",                                   // pt
		"истекло је време везе",                              // sr
		"förbindelsens tidsgräns löpte ut",                   // sv
		"перевищено інтервал очікування з",                   // uk
		"kết nối đã quá hạn",                                 // vi
		"連線超過時間",                                             // zh_TW
	},
}
