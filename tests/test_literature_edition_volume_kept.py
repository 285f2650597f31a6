"""The merge keeps a rules' row with no author and no year that names the volume of a series printing it
(`Annales Pegavienses, MGH SS 16, p. 258`): a work located, not a title alone."""

import pandas as pd

from histkit.literature.titleonly import title_only


def test_row_with_a_container_and_its_volume_is_not_a_title_alone():
    refs = pd.DataFrame({"authors": ["", ""], "title": ["Annales Pegavienses", "Diritto e tempo"], "year": ["", ""],
                         "container": ["MGH SS", ""], "volume": ["16", ""],
                         "raw": ["Annales Pegavienses, MGH SS 16, p. 258", "Vi insisto in: Diritto e tempo, 85"],
                         "source": ["rules", "rules"]})
    assert title_only(refs).tolist() == [False, True]
