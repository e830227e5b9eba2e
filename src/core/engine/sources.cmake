# Files of the engine area of dxcore: endpoints, the libcurl transport, the client on its thread.
target_sources(dxcore PRIVATE
    engine/apiversion.cpp engine/apiversion.h
    engine/backoff.h
    engine/curlmulti.cpp engine/curlmulti.h
    engine/curltransfer.cpp engine/curltransfer.h
    engine/curlupgrade.cpp engine/curlupgrade.h
    engine/endpoint.cpp engine/endpoint.h
    engine/engine.cpp engine/engine.h
    engine/engineevent.cpp engine/engineevent.h
    engine/engineclient.cpp engine/engineclient.h
    engine/engineinfo.cpp engine/engineinfo.h
    engine/engineprobe.cpp engine/engineprobe.h
    engine/enginerequest.cpp engine/enginerequest.h
    engine/eventstream.cpp engine/eventstream.h
    engine/enginelauncher.cpp engine/enginelauncher.h
    engine/podmanservice.cpp engine/podmanservice.h
    engine/sshtunnel.cpp engine/sshtunnel.h
    engine/unixsignals.cpp engine/unixsignals.h
)
