#pragma once

namespace twinha::ui {

// A setting the wizard shows with less precision than cluster.toml holds it: seconds for
// milliseconds, MiB for bytes, one decimal. Going through the wizard without touching the box
// writes back the file's own value, never the box's rounding of it: a fence timeout of 1500 ms
// stays 1500, and a lag limit of 500 KiB never becomes 0 ("no limit").
template <typename T> class KeptValue
{
public:
    // `exact` as the file holds it; `shown`, what the box shows for it (read back from the box,
    // after its own rounding and range).
    void load(T exact, double shown)
    {
        m_exact = exact;
        m_shown = shown;
        m_loaded = true;
    }

    // The file's value while the box still shows what it was loaded with; else `fromBox`.
    T value(double shownNow, T fromBox) const { return m_loaded && shownNow == m_shown ? m_exact : fromBox; }

private:
    T m_exact{};
    double m_shown = 0;
    bool m_loaded = false;
};

} // namespace twinha::ui
