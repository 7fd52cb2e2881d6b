namespace Sitrep.Store.Merge;

internal static class Geo
{
    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371.0;
        double dLat = Rad(lat2 - lat1), dLon = Rad(lon2 - lon1);
        double a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                   Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double Rad(double d) => d * Math.PI / 180;
}
