"""Invented Danish form-fill lines (names, addresses, CPR, phone, CVR, dates, companies) to fine-tune OCR on.

Every value is made up from lists of common Danish words; none comes from a real person or from the samples.
Usage: gen_lines.py COUNT SEED
"""
import random, sys
rnd = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 7)
FIRST = "Anna Birgit Camilla Dorthe Frida Grethe Hanne Ida Inge Jette Karen Lene Lis Mette Nanna Pia Signe Sofie Susanne Vibeke Aase Åse Agnete Gudrun Bent Carsten Erik Finn Frederik Gunnar Henrik Jakob Kim Martin Mikkel Morten Ole Palle Rasmus Thomas Torben Troels Villads Aksel Ebbe Knud Svend Jørn Æbelina Øjvind Ejvind Holger Ib Kaj Leif Preben Steen Tage Verner Astrid Benedikte Dagmar Edith Gerda Helle Johanne Lone Merete Oda Rigmor Tina Yrsa Alf Benny Claus Dan Egon Flemming Harald Ivan John Karsten Lauge Otto Per Regnar Sigurd Uffe Vagn".split()
LAST = "Bach Berg Bertelsen Brandt Christensen Dahl Damgaard Eriksen Frandsen Friis Gregersen Hansen Høj Iversen Jakobsen Jeppesen Johansen Knudsen Kristensen Madsen Mikkelsen Mortensen Møller Nielsen Nygaard Olesen Overgaard Petersen Rasmussen Schmidt Thomsen Thygesen Vestergaard Winther Krogh Lauridsen Munk Svendsen Toft Ravn Bækgaard Højer Laursen Dalgaard Rømer Fog Hviid Lykke Bonde Abildgaard Bang Birk Bisgaard Brix Buus Clausen Ebbesen Fisker Gade Hjort Holst Kirk Kofoed Lassen Mathiasen Nørgaard Pallesen Qvist Riis Stampe Storm Tang Vang Wulff Ærø Øberg".split()
STREET = "Ege Birke Aske Elme Hassel Hyld Kastanje Lind Løn Pile Poppel Rønne Strand Skole Præste Vester Fælled Have Enge Marke Bakke Dal Sø Å Lærke Svane Stær Vibe Rose Tulipan Valmue Kløver Hvede Byg Rug Havre Granat Rav Kilde Vinkel Tofte Gårds Toft Hede Klit Agern Blomster Enebær Fyrre Gran Hegns Humle Ilder Kornblomst Lyng Mejse Nælde Odins Rådhus Slots Tjørne Ved Åkande".split()
SUFFIX = "vej vej vej gade allé stræde vænget parken toften haven bakken engen høj stien plads".split()
CITY = [("8000","Aarhus C"),("8200","Aarhus N"),("8210","Aarhus V"),("8220","Brabrand"),("8230","Åbyhøj"),("8240","Risskov"),("8250","Egå"),("8260","Viby J"),("8270","Højbjerg"),("8300","Odder"),("8310","Tranbjerg J"),("8320","Mårslet"),("8330","Beder"),("8340","Malling"),("8355","Solbjerg"),("8361","Hasselager"),("8362","Hørning"),("8380","Trige"),("8381","Tilst"),("8382","Hinnerup"),("8400","Ebeltoft"),("8410","Rønde"),("8420","Knebel"),("8444","Balle"),("8450","Hammel"),("8462","Harlev J"),("8464","Galten"),("8471","Sabro"),("8520","Lystrup"),("8530","Hjortshøj"),("8541","Skødstrup"),("8600","Silkeborg"),("8660","Skanderborg"),("8700","Horsens"),("8900","Randers C")]
TRADE = "Tøjvask Vaskeri Dagligvarer Købmand Madservice Mad Hjemmeservice Service Indkøb Køkken Kost Proviant Varetur Hjemlevering Madhus Fødevarer Husservice Dagligvarehandel Mad-ud-af-huset Vaskeservice Pakkeservice Hjemmehjælp".split()
PLACE = "Viby Højbjerg Tilst Hasle Trige Lystrup Malling Brabrand Skåde Beder Egå Gellerup Mårslet Kolt Holme Vejlby Hasselager Frederiksbjerg Trøjborg Østjysk Midtjysk Jysk Nord Øst Vest By Land Kvarter Hasle Lisbjerg Elev Spørring Todderup Skejby Harlev Stavtrup".split()
FORM = ["ApS","ApS","A/S","I/S","IVS","& Co. ApS","& Søn ApS","Aps"]
MONTHS = "januar februar marts april maj juni juli august september oktober november december".split()
ORG = ["Ekstern leverandør","Sundhed & Forebyggelse","Pleje og Rehabilitering"]

def name():
    n = [rnd.choice(FIRST)]
    if rnd.random() < .35: n.append(rnd.choice(FIRST) if rnd.random() < .4 else rnd.choice(LAST))
    n.append(rnd.choice(LAST))
    s = " ".join(n)
    return s.replace(" ", "-", 1) if rnd.random() < .05 else s
def address():
    s = rnd.choice(STREET) + rnd.choice(SUFFIX) + " " + str(rnd.randint(1, 199)) + (rnd.choice("ABC") if rnd.random() < .1 else "")
    if rnd.random() < .5:
        s += rnd.choice([", ", " ", ". "]) + str(rnd.randint(1, 6)) + ". " + rnd.choice(["tv.", "th.", "mf.", "tv", "th", "st."])
    return s
def cpr():
    d = rnd.randint(1, 28); m = rnd.randint(1, 12); y = rnd.randint(0, 99)
    return "%02d%02d%02d%s%04d" % (d, m, y, rnd.choice(["-", "-", "-", " - ", ""]), rnd.randint(0, 9999))
def phone():
    p = "".join(str(rnd.randint(0, 9)) for _ in range(8)); p = str(rnd.randint(2, 9)) + p[1:]
    return rnd.choice([p, " ".join(p[i:i+2] for i in range(0, 8, 2)), p[:4] + " " + p[4:], "+45 " + " ".join(p[i:i+2] for i in range(0, 8, 2)), "+45 " + p])
def cvr():
    while True:
        d = [rnd.randint(1, 9)] + [rnd.randint(0, 9) for _ in range(7)]
        if sum(a*b for a, b in zip(d, [2,7,6,5,4,3,2,1])) % 11 == 0:
            return "".join(map(str, d))
def date():
    d = rnd.randint(1, 31 if rnd.random() < .5 else 28); m = rnd.randint(1, 12); y = rnd.randint(2022, 2030)
    f = rnd.randrange(6)
    return ["%02d-%02d-%d" % (d, m, y), "%d/%d-%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d. %s %d" % (d, MONTHS[m-1], y), "%02d.%02d.%d" % (d, m, y), "%02d/%02d-%d" % (d, m, y)][f]
def company():
    parts = [rnd.choice(PLACE), rnd.choice(TRADE)] if rnd.random() < .6 else [rnd.choice(LAST) + "s", rnd.choice(TRADE)]
    if rnd.random() < .3: parts.append(rnd.choice(TRADE))
    return " ".join(parts) + " " + rnd.choice(FORM)
def line():
    k = rnd.randrange(12)
    if k == 0: return name()
    if k == 1: return address()
    if k == 2: c = rnd.choice(CITY); return c[0] + " " + c[1]
    if k == 3: return cpr()
    if k == 4: return phone()
    if k == 5: return cvr()
    if k == 6: return date()
    if k == 7: return company()
    if k == 8: return rnd.choice(["indtil tilbagekaldelse", "Indtil tilbagekaldelse", rnd.choice(ORG), rnd.choice(CITY)[1]])
    if k == 9: return name() + "   " + cpr()
    if k == 10: return date() + "    " + date()
    return rnd.choice(CITY)[0]
n = int(sys.argv[1])
for _ in range(n):
    s = line()
    if rnd.random() < .3: s = s.upper()
    print(s)
